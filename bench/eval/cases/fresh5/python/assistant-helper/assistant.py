import json
from ibm_watson import AssistantV2
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator

#authenticator = IAMAuthenticator('{{ibmKey}}')

def authenticate(api_key):
    authenticator = IAMAuthenticator(api_key)
    return authenticator

#assistant.set_service_url('https://api.us-south.assistant.watson.cloud.ibm.com/instances/{{uuid}}')
