#!/bin/bash

# Functions/aliases/base environment variables
source ./env.sh



echo Authenticate as the provider organization owner
response=`curl -X POST https://${management}/api/token \
               -s -k -H "Content-Type: application/json" -H "Accept: application/json" \
               -d "{ \"realm\": \"${provider_idp}\",
                     \"username\": \"${provider_username}\",
                     \"password\": \"${provider_password}\",
                     \"client_id\": \"{{uuid}}\",
                     \"client_secret\": \"{{uuid}}\",
                     \"grant_type\": \"password\" }"`
echo ${response} | jq .
export token=`echo ${response} | jq -r '.access_token'`



echo Get the Provider Organization Sandbox Catalog
response=`curl -X GET ${porg_url}/catalogs/sandbox \
               -s -k -H "Accept: application/json" \
               -H "Authorization: Bearer ${token}"`
echo ${response} | jq .



echo Get the Provider Organization Sandbox Catalog Settings
response=`curl -X GET ${porg_url}/catalogs/sandbox/settings \
               -s -k -H "Accept: application/json" \
               -H "Authorization: Bearer ${token}"`
echo ${response} | jq .
