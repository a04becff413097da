"""Module with IBM Cloud IAM Identity Service API calls."""

import logging

from lib.requests_session import requests_session

log = logging.getLogger(__name__)


def request_ibm_iam_access_token(ibm_api_key: str) -> str:
    """The API call to get an IBM Cloud IAM access token."""
    response = requests_session().post("https://iam.cloud.ibm.com/identity/token", data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": ibm_api_key})
    return response.json()["access_token"]


token = request_ibm_iam_access_token("{{ibmKey}}")
