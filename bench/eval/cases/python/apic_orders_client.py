"""Client for the Orders API published on IBM API Connect (SaaS, us-east)."""
import os

import requests

GATEWAY = "https://sample-api.us-east-a.{{apic}}.automation.ibm.com/orders"
TOKEN_URL = GATEWAY + "/oauth2/token"
CLIENT_ID = "{{uuid}}"
CLIENT_SECRET = "{{apicSecret}}"


def _build_headers(docSettings, strToken):
	return {
		"x-ibm-client-id": docSettings.client_id,
		"x-ibm-client-secret": docSettings.get_password("client_secret"),
		"Content-Type": "application/json",
		"Authorization": "Bearer " + strToken
	}


def password_grant():
    response = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "password",
            "username": "orders-batch",
            "password": "{{pass:14}}",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": "orders",
        },
    )
    return response.json()["access_token"]


def client_credentials_grant():
    return requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": "{{apicSecret}}"}).json()


def order(order_number):
    headers = {
        "X-IBM-Client-Id": CLIENT_ID,
        "X-IBM-Client-Secret": "{{apicSecret}}",
        "Accept": "application/json",
    }
    return requests.get(f"{GATEWAY}/order/{order_number}", headers=headers).json()


def keycloak_token():
    # the partner's own Keycloak, not API Connect
    return requests.post("https://keycloak.partner.example/realms/orders/protocol/openid-connect/token",
                         data={"grant_type": "client_credentials", "client_id": "orders", "client_secret": os.environ["KC_SECRET"]}).json()
