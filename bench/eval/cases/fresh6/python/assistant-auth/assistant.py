import json
from ibm_watson import AssistantV2
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator

#authenticator = IAMAuthenticator('{{ibmKey}}')

def authenticate(api_key):
    authenticator = IAMAuthenticator(api_key)
    return authenticator

# assistant = AssistantV2(
    # assistant_id='{{uuid}}',
#     version='2020-04-01',
#     authenticator = authenticator
# )

def set_assistant(authenticator):
    assistant = AssistantV2(
        version='2020-04-01',
        authenticator= authenticator
    )
    return assistant
