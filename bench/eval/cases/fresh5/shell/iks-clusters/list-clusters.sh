#!/bin/bash
# Get cluster list: https://cloud.ibm.com/apidocs/kubernetes#getclusters
export TOKEN="Bearer {{jwt:ibm}}"
curl -H "Authorization: ${TOKEN}" https://containers.cloud.ibm.com/global/v1/clusters | jq '.[].id'
