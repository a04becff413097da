# @Author: sai.ravuru
# @Date:   2019-12-10T15:23:26-08:00



import paho.mqtt.client as mqtt
from ibm_botocore.client import Config
import ibm_boto3
import cv2

# This is the Subscriber
#hostname
broker="172.17.0.1"

#port
port=1883

#time to live
timelive=60

credentials = {
    'IBM_API_KEY_ID': '{{ibmKey}}',
    'IAM_SERVICE_ID': 'w251-sr',
    'ENDPOINT': 's3.us.cloud-object-storage.appdomain.cloud',
    'IBM_AUTH_ENDPOINT': '',
    'BUCKET': 'w251-sr'
}

try:
	cos = ibm_boto3.client(service_name='s3', \
	    ibm_api_key_id=credentials['IBM_API_KEY_ID'], \
	    ibm_service_instance_id=credentials['IAM_SERVICE_ID'], \
	    ibm_auth_endpoint=credentials['IBM_AUTH_ENDPOINT'], \
	    config=Config(signature_version='oauth'), \
	    endpoint_url=credentials['ENDPOINT'])
except Exception as e:
	print(e)
