curl --location "https://eu-gb.ml.cloud.ibm.com/ml/v4/deployments/{{uuid}}/ai_service_stream?version=2021-05-01" \
--header "Content-Type: application/json" \
--header "Authorization: Bearer {{jwt:ibm-expired}}" \
--data '{"messages":[{"content":"hello","role":"user"}]}'
