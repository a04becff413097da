import os
import requests
from requests.auth import HTTPBasicAuth

APIM = "https://{{lit:apimanager}}.acme-corp.example/v1"
JIRA = "https://jira.acme-corp.example/rest/api/2"

def list_orgs():
    r = requests.get(APIM + "/orgs", auth=HTTPBasicAuth("apiadmin", "{{pass:14}}"), verify=False)
    return r.json()

def list_catalogs(org):
    r = requests.get(f"{APIM}/orgs/{org}/environments", auth=(os.environ["APIC_USER"], os.environ["APIC_PASS"]))
    return r.json()

def open_ticket(summary):
    return requests.post(JIRA + "/issue", json={"fields": {"summary": summary}}, auth=("bot", os.environ["JIRA_TOKEN"]))
