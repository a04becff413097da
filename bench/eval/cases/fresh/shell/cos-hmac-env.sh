#!/usr/bin/env bash

if [[ -z "$JQ" ]]; then
  echo "jq missing. Installing"
  mkdir -p ./bin && curl -Lo ./bin/jq https://github.com/stedolan/jq/releases/download/jq-1.6/jq-linux64
  JQ="${PWD}/bin/jq"
fi

CREDENTIAL=$(ibmcloud resource service-key "${KEY_ID}" --output JSON | "$JQ" -c '.[]')

ENDPOINT_URL=$(echo "${CREDENTIAL}" | "$JQ" -r '.credentials.endpoints // empty')
ACCESS_KEY=$(echo "${CREDENTIAL}" | "$JQ" -r '.credentials.cos_hmac_keys.access_key_id // empty')
SECRET_KEY=$(echo "${CREDENTIAL}" | "$JQ" -r '.credentials.cos_hmac_keys.secret_access_key // empty')

if [[ -z "$ENDPOINT_URL" ]] || [[ -z "$ACCESS_KEY" ]] || [[ -z "$SECRET_KEY" ]]; then
  echo "ACCESS_KEY or SECRET_KEY could not be determined from credential: ${KEY_ID}. Be sure to enable HMAC on the COS credentials"
  exit 0
fi
