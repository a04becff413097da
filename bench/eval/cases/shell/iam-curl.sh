#!/usr/bin/env bash
set -euo pipefail

# Exchange the key for a token
curl -X POST "https://iam.cloud.ibm.com/identity/token" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=$APIKEY"

# the old Watson way, kept for the demo instance
curl -u "apikey:{{ibmKey}}" "https://api.us-south.tone-analyzer.watson.cloud.ibm.com/instances/{{uuid}}/v3/tone?version=2017-09-21"

curl -X GET "https://s3.us-south.cloud-object-storage.appdomain.cloud/my-bucket" \
  -H "Authorization: bearer {{jwt:ibm-expired}}"

curl -H "Authorization: Bearer $TOKEN" https://resource-controller.cloud.ibm.com/v2/resource_instances
curl -H "Authorization: Bearer <access_token>" https://resource-controller.cloud.ibm.com/v2/resource_instances
curl -H "Authorization: Bearer {{b64url:64}}" https://api.partner.example/v1/orders
