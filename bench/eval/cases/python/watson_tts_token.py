"""Text to Speech helper used by the kiosk."""
import requests
from ibm_watson import TextToSpeechV1
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator

IAM_URL = "https://iam.cloud.ibm.com/identity/token"
token = "{{ibmKey}}"
secret = "{{ibmKey}}"
role = "Manager"


def speaker():
    tts = TextToSpeechV1(authenticator=IAMAuthenticator(token))
    tts.set_service_url("https://api.us-south.text-to-speech.watson.cloud.ibm.com")
    return tts


def iam_token():
    r = requests.post(IAM_URL, data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": secret}, auth=("bx", "bx"))
    return r.json()["access_token"]
