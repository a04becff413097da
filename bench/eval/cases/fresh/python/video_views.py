import pymongo
from pymongo import MongoClient
from bson.objectid import ObjectId
from datetime import datetime
import pprint
##################################
from .forms import VideoForm
import os
import subprocess


# -------------------- INICIO CREDENTIALS -----------------

credentials = {
    'IAM_SERVICE_ID': 'iam-ServiceId-{{uuid}}',
    'IBM_API_KEY_ID': '{{ibmKey}}',
    'ENDPOINT': 'https://s3-api.us-geo.objectstorage.service.networklayer.com',
    'IBM_AUTH_ENDPOINT': 'https://iam.cloud.ibm.com/oidc/token',
    'BUCKET': 'dsrp-donotdelete-pr-{{lower:14}}',
    # 'FILE': 'frames_out.zip'
}

cos_credentials = {
    "apikey": "{{ibmKey}}",
    "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",
    "iam_apikey_description": "Auto-generated for key {{uuid}}",
    "iam_apikey_name": "Service credentials-1",
    "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer",
    "resource_instance_id": "crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::"
}
