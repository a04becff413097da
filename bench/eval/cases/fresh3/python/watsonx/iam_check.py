import requests

API_KEY = "{{ibmKey#k}}"
IAM_URL = "https://iam.cloud.ibm.com/identity/token"

response = requests.post(
    IAM_URL,
    headers={"Content-Type": "application/x-www-form-urlencoded"},
    data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": API_KEY}
)

print("Status Code:", response.status_code)
print("Response:", response.json())
from ibm_watsonx_ai.foundation_models import ModelInference

# Fill in your actual credentials below
credentials = {
    "apikey": "{{ibmKey#k}}",  # Replace with your real API key
    "url": "https://au-syd.ml.cloud.ibm.com"  # Sydney region endpoint
}

model = ModelInference(
    model_id="ibm/granite-3-8b-instruct",
    credentials=credentials,
    project_id="{{uuid}}"
)
