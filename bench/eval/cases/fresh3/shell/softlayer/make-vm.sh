#!/bin/sh
make softlayer-vm NAME=myhost \
    SOFTLAYER_DOMAIN=lab.example.com \
    SOFTLAYER_USER={{digits:6}}_lab \
    SOFTLAYER_API_KEY={{hex:64}}
eval $(docker-machine env myhost)
# optional, creates a real DNS entry for the VM using the machine name as the hostname
make softlayer-dns SOFTLAYER_DOMAIN=lab.example.com
make image
make notebook
