require "json"
require "ibm_watson/assistant_v2"
include IBMWatson

API_KEY = "{{ibmKey}}"
API_URL = "https://gateway-lon.watsonplatform.net/assistant/api"

WORKSPACE_ID = "{{uuid}}"
ASSISTANT_ID = "{{uuid}}"

service = AssistantV2.new(
  iam_apikey: API_KEY,
  version: "2019-02-28",
  url: API_URL
)
