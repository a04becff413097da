# bin/bash

curl -X POST -u "apikey:{{ibmKey}}" \
"https://gateway-fra.watsonplatform.net/natural-language-understanding/api/v1/analyze?version=2018-11-16" \
--request POST \
--header "Content-Type: application/json" \
--data '{
  "text": "Might be good to know what tasks do i have for today.",
  "return_analyzed_text": true,
  "features": {
    "entities": { "emotion": true, "sentiment": true, "limit": 8 }
  }
}'
