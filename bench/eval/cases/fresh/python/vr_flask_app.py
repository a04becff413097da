import os
import uuid
from ibm_watson import VisualRecognitionV3
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator
import wave
from ibm_botocore.client import Config
import ibm_boto3

VISUAL_RECOGNITION_API_VERSION = '2018-03-19'
app = Flask(__name__, static_url_path='')

# COS管理画面から認証情報をコピペして下さい。
cos_credentials = {
    'IAM_SERVICE_ID': 'iam-ServiceId-{{uuid}}',
    'IBM_API_KEY_ID': '{{ibmKey}}',
    'ENDPOINT': 'https://s3.ap-geo.objectstorage.service.networklayer.com',
    'IBM_AUTH_ENDPOINT': 'https://iam.au-syd.bluemix.net/oidc/token',
    'BUCKET': 'hokkaidouken3-donotdelete-pr-{{lower:14}}'
}

# COSオブジェクトの生成
cos = ibm_boto3.client(service_name='s3',
    ibm_api_key_id=cos_credentials['IBM_API_KEY_ID'],
    ibm_service_instance_id=cos_credentials['IAM_SERVICE_ID'],
    ibm_auth_endpoint=cos_credentials['IBM_AUTH_ENDPOINT'],
    config=Config(signature_version='oauth'),
    endpoint_url=cos_credentials['ENDPOINT'])
