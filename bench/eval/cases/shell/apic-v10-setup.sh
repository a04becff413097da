#!/bin/bash

# Default environment variables
export management=platform-api.us-east-a.{{apic}}.automation.ibm.com
export admin_idp=admin/default-idp-1
export APIC_ADMIN_REALM="admin/default-idp-1"
export APIC_PWD=$(oc get secret "api-management-mgmt-admin-pass" -n integration -o jsonpath="{.data.password}"| base64 -d)
export provider_password={{pass:14}}

echo "{\"username\": \"admin\", \"password\": \"$APIC_CM_ADMIN_PASSWORD\", \"realm\": \"admin/default-idp-1\", \"client_id\": \"$TOOLKIT_CLIENT_ID\", \"client_secret\": \"$TOOLKIT_CLIENT_SECRET\", \"grant_type\": \"password\"}" > "${workingdir}creds.json"

echo Authenticate as the admin user
response=`curl -X POST https://${management}/api/token \
               -s -k -H "Content-Type: application/json" -H "Accept: application/json" \
               -d '{"username": "admin",
                    "password": "{{pass:14}}",
                    "realm": "admin/default-idp-1",
                    "client_id": "{{uuid}}",
                    "client_secret": "{{uuid}}",
                    "grant_type": "password"}'`

apic login --server ${management} --username admin --password '{{pass:12}}' --realm admin/default-idp-1
apic login --server ${management} --username admin --password "${ADMIN_PASSWORD}" --realm admin/default-idp-1
curl -ks -H "X-Ibm-Client-Id: $TOOLKIT_CLIENT_ID" -H "X-Ibm-Client-Secret: $TOOLKIT_CLIENT_SECRET" "https://${management}/api/cloud/settings"
