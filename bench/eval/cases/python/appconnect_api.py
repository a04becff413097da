"""App Connect Enterprise as a Service API: token from an API key, client id and secret."""
import requests

REGION = "api.p-vir-c1.appconnect.automation.ibm.com"
CLIENT_ID = "{{uuid}}"


def token(api_key):
    r = requests.post(
        f"https://{REGION}/api/v1/tokens",
        headers={
            "X-IBM-Client-Id": CLIENT_ID,
            "X-IBM-Client-Secret": "{{apicSecret}}",
            "Content-Type": "application/json",
        },
        json={"apiKey": api_key},
    )
    return r.json()["access_token"]


def configurations(access_token):
    # curl --request GET --url https://api.region.appconnect.automation.ibm.com/api/v1/configurations --header "Authorization: Bearer myAccessToken"
    return requests.get(f"https://{REGION}/api/v1/configurations", headers={"Authorization": f"Bearer {access_token}", "X-IBM-Client-Id": CLIENT_ID}).json()


def debug():
    return requests.get(f"https://{REGION}/api/v1/configurations", headers={"Authorization": "Bearer {{b64url:48}}", "X-IBM-Client-Id": CLIENT_ID}).json()
