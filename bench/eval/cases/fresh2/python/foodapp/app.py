from flask import Flask, render_template, request, session
import ibm_db
import ibm_boto3
from ibm_botocore.client import Config, ClientError
import requests

app = Flask(__name__)

conn = ibm_db.connect("DATABASE=bludb;HOSTNAME={{uuid}}.c1ogj3sd0tgtu0lqde00.databases.appdomain.cloud;PORT=32459;SECURITY=SSL;SSLServerCertificate=DigiCertGlobalRootCA.crt;UID={{lower:3}}{{digits:5}};PWD={{alnum:16}}",'','')

COS_ENDPOINT="https://s3.tok.ap.cloud-object-storage.appdomain.cloud"
COS_API_KEY_ID="{{ibmKey}}"
COS_INSTANCE_CRN="crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}:bucket:foodbucket"
QUOTES_API_KEY = "{{b64bytes:16}}{{alnum:16}}"

cos = ibm_boto3.resource("s3",
    ibm_api_key_id=COS_API_KEY_ID,
    ibm_service_instance_id=COS_INSTANCE_CRN,
    config=Config(signature_version="oauth"),
    endpoint_url=COS_ENDPOINT
)


@app.route("/quote")
def quote():
    r = requests.get("https://api.api-ninjas.com/v1/quotes?category=food", headers={"X-Api-Key": QUOTES_API_KEY})
    return r.json()[0]["quote"]
