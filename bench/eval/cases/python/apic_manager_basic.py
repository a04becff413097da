import os

import requests

APIC = "https://us.{{apic}}.ibmcloud.com/v1"
MANAGER = "https://api-manager.us-east-a.{{apic}}.automation.ibm.com/api"

# API Connect stopped accepting Basic auth on its management APIs in August 2018
catalogs = requests.get(APIC + "/orgs/sandbox/catalogs", auth=("apic-admin@example.com", "{{pass:12}}"))
products = requests.get(MANAGER + "/catalogs/acme/sandbox/products", auth=(os.environ["APIC_USER"], os.environ["APIC_PASS"]))
me = requests.get("https://api.example.com/me", auth=("user", "pass"))
token = requests.post("https://login.service.us.{{apic}}.ibmcloud.com/apikey?apikey=" + os.environ["IBMCLOUD_API_KEY"]).json()["jwt"]
