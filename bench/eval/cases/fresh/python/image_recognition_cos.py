import tensorflow_hub as hub
import matplotlib.pyplot as plt
import tempfile
from six.moves.urllib.request import urlopen
from six import BytesIO
import numpy as np
from PIL import Image
import time

from ibm_botocore.client import Config, ClientError
import ibm_boto3


credentials = {
    'IBM_API_KEY_ID': '{{ibmKey}}',
    'IAM_SERVICE_ID': 'crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}:bucket:akimagerecognition',
    'ENDPOINT': 'https://s3.us-south.cloud-object-storage.appdomain.cloud',
    'IBM_AUTH_ENDPOINT':'https://iam.cloud.ibm.com/identity/token',
    'BUCKET': 'akimagerecognition'
}

cos = ibm_boto3.client(service_name='s3',
    ibm_api_key_id=credentials['IBM_API_KEY_ID'],
    ibm_service_instance_id=credentials['IAM_SERVICE_ID'],
    ibm_auth_endpoint=credentials['IBM_AUTH_ENDPOINT'],
    config=Config(signature_version='oauth'),
    endpoint_url=credentials['ENDPOINT'])
