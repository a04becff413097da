from flask import Flask, render_template, request
import requests
import time

app = Flask(__name__)

# IBM IAM Token URL
TOKEN_URL = "https://iam.cloud.ibm.com/identity/token"
API_KEY = "{{ibmKey}}"

# URLs
URL_STAGING = "https://api.8798-f464fa20.eu-de.ri.{{apic}}.cloud.ibm.com/analytics/ibm-managed-analytics-service-v2/catalogs/tmfb/dev-catalog/events"
URL_PRODUCTION = "https://api.8798-f464fa20.eu-de.ri.{{apic}}.cloud.ibm.com/analytics/ibm-managed-analytics-service-v2/catalogs/tmfb/gateway/events"

# Token cache
cached_token = None
token_expiry = 0


def get_token():
    global cached_token, token_expiry
    if cached_token and time.time() < token_expiry - 60:
        return cached_token
    resp = requests.post(TOKEN_URL, data={"grant_type": "urn:ibm:params:oauth:grant-type:apikey", "apikey": API_KEY},
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    body = resp.json()
    cached_token = body["access_token"]
    token_expiry = body["expiration"]
    return cached_token


@app.route("/")
def index():
    events = requests.get(URL_STAGING, headers={"Authorization": f"Bearer {get_token()}"}).json()
    return render_template("index.html", events=events)
