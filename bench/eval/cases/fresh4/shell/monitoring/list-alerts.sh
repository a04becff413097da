#!/bin/sh
ENDPOINT=https://us-south.monitoring.cloud.ibm.com
curl -X GET "$ENDPOINT/api/alerts" \
  -H "Authorization: Bearer {{jwt:ibm}}" \
  -H "IBMInstanceID: {{uuid}}" \
  -H "SysdigTeamID: {{digits:5}}" \
  -H "content-type: application/json"
