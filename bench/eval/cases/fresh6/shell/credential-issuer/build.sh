#!/bin/bash

TAG=aon3
GITHUB_SSH_KEY=$(cat ~/.ssh/id_rsa_gh | base64 | tr -d \\n)
IC_API_KEY={{ibmKey}}
IC_ACC_ID={{hex:32}}

# login to cloud
ibmcloud login -a https://cloud.ibm.com -r us-east --apikey $IC_API_KEY -c $IC_ACC_ID
ibmcloud cr login

# docker agent login
echo -n $IC_API_KEY |docker login us.icr.io --username iamapikey --password-stdin

docker build --build-arg GITHUB_SSH_KEY="${GITHUB_SSH_KEY}" -t us.icr.io/dev-hpass-rns/credential-issuer-api:${TAG} .
