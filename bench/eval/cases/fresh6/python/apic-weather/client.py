import requests

BASE = "https://api.us.{{apic}}.ibmcloud.com/acme-dev/sb"
CLIENT_ID = "{{uuid}}"

headers = {
    "X-IBM-Client-Id": CLIENT_ID,
    "X-IBM-Client-Secret": "{{apicSecret}}",
    "Accept": "application/json",
}

tok = requests.post(BASE + "/oauth2/token", data={
    "grant_type": "client_credentials",
    "client_id": CLIENT_ID,
    "client_secret": "{{alnum:32}}",
    "scope": "weather",
})
r = requests.get(BASE + "/weather/current", params={"zipcode": "90210"}, headers=headers)
