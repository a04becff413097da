import os

import ibm_boto3
from ibm_botocore.client import Config

# IBM Cloud credentials
# --- IMPORTANT ---
# Double-check that these values are correct and copied directly from your IBM Cloud account.
COS_API_KEY_ID = "{{ibmKey}}"
COS_SERVICE_CRN = "crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::"
COS_AUTH_ENDPOINT = "https://iam.cloud.ibm.com/identity/token"
COS_ENDPOINT = "https://s3.us-south.cloud-object-storage.appdomain.cloud"
API_KEY = 'your_api_key'


def get_ibm_cos_client(config):
    return ibm_boto3.client(service_name='s3',
                            ibm_api_key_id=config['ibm_cos']['api_key'],
                            config=Config(signature_version='oauth'),
                            endpoint_url=config['ibm_cos']['endpoint'])


cos = ibm_boto3.resource("s3",
    ibm_api_key_id=COS_API_KEY_ID,
    ibm_service_instance_id=COS_SERVICE_CRN,
    ibm_auth_endpoint=COS_AUTH_ENDPOINT,
    config=Config(signature_version="oauth"),
    endpoint_url=COS_ENDPOINT
)

archive = ibm_boto3.client(service_name='s3',
    ibm_api_key_id=os.environ['IBM_API_KEY_ID'],
    ibm_service_instance_id=os.environ['IAM_SERVICE_ID'],
    ibm_auth_endpoint=os.environ['IBM_AUTH_ENDPOINT'],
    config=Config(signature_version='oauth'),
    endpoint_url=os.environ['ENDPOINT'])

backup = ibm_boto3.client("s3", ibm_api_key_id="{{ibmKey}}", ibm_service_instance_id=COS_SERVICE_CRN, config=Config(signature_version="oauth"), endpoint_url=COS_ENDPOINT)
