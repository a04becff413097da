#!/bin/bash
# token from: http -f -a "$APPID:$SECRET" POST https://api.watsonwork.ibm.com/oauth/token grant_type=client_credentials
TOKEN={{jwt:other}}
http GET https://watsonwork-webhook-proxy-me.mybluemix.net/webhooks/$APPID Authorization:"Bearer $TOKEN"
http GET https://watsonwork-webhook-proxy-me.mybluemix.net/status Authorization:"Bearer {{b64url:43}}"
