# NOTE: you must set $API_KEY below using information retrieved from your IBM Cloud account

export API_KEY={{ibmKey}}

export IAM_TOKEN=$(curl --insecure -X POST --location "https://iam.cloud.ibm.com/identity/token" \
--header "Content-Type: application/x-www-form-urlencoded" \
--header "Accept: application/json" \
--data-urlencode "grant_type=urn:ibm:params:oauth:grant-type:apikey" \
--data-urlencode "apikey=$API_KEY" | jq -r '.access_token')

curl --location "https://eu-gb.ml.cloud.ibm.com/ml/v4/deployments/{{uuid}}/ai_service_stream?version=2021-05-01" \
--header "Content-Type: application/json" \
--header "Authorization: Bearer $IAM_TOKEN" \
--data '{"messages":[{"content":"","role":""}]}'
