#!/usr/bin/env bash
# classic infrastructure credentials for slcli and the Terraform provider
export SL_USERNAME={{digits:7}}_ops@example.com
export SL_API_KEY={{hex:64}}
export IAAS_CLASSIC_USERNAME="$SL_USERNAME"
export IAAS_CLASSIC_API_KEY="$SL_API_KEY"
export SOFTLAYER_API_KEY="$(cat ~/.softlayer_key)"
slcli vs list
sha256sum slcli-6.2.5.tar.gz # {{hex:64}}
