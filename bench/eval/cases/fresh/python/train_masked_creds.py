import types
import pandas as pd
from botocore.client import Config
import ibm_boto3

def __iter__(self): return 0

# @hidden_cell
# The following code accesses a file in your IBM Cloud Object Storage. It includes your credentials.
# You might want to remove those credentials before you share your notebook.
cos_credentials = {'SERVICE_NAME': '******',
    'IBM_API_KEY_ID': '******',
    'IBM_AUTH_ENDPOINT': '******',
    'config': Config(signature_version='oauth'),
    'ENDPOINT_URL': '******',
    'BUCKET': '******'}

cos = ibm_boto3.client(service_name=cos_credentials['SERVICE_NAME'],
    ibm_api_key_id=cos_credentials['IBM_API_KEY_ID'],
    ibm_auth_endpoint=cos_credentials['IBM_AUTH_ENDPOINT'],
    config=cos_credentials['config'],
    endpoint_url=cos_credentials['ENDPOINT_URL'])
