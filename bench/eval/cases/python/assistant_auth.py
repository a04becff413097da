import os

from dotenv import load_dotenv
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator, BearerTokenAuthenticator
from ibm_watson import AssistantV2

load_dotenv()

WATSONX_API_KEY = os.getenv("WATSONX_API_KEY")
WATSONX_URL = os.getenv("WATSONX_URL", "https://api.watsonx.ai")

authenticator = IAMAuthenticator(apikey='{{ibmKey}}')
assistant = AssistantV2(version='2021-06-14', authenticator=authenticator)
assistant.set_service_url('https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}')

ASSISTANT_ID = '{{uuid}}'
fallback = IAMAuthenticator(os.environ.get("ASSISTANT_APIKEY", ""))
bearer = BearerTokenAuthenticator('{{jwt:ibm}}')
