import types
import pandas as pd
from botocore.client import Config
import ibm_boto3

def __iter__(self): return 0

# add missing __iter__ method, so pandas accepts body as file-like object
#if not hasattr(body, "__iter__"): body.__iter__ = types.MethodType( __iter__, body )

##insert credentials for file - Change to credentials_1
## @hidden_cell
## The following code contains the credentials for a file in your IBM Cloud Object Storage.
## You might want to remove those credentials before you share your notebook.
#credentials_1 = {
#    'IBM_API_KEY_ID': '{{ibmKey}}',
#    'IAM_SERVICE_ID': 'iam-ServiceId-{{uuid}}',
#    'ENDPOINT': 'https://s3-api.us-geo.objectstorage.service.networklayer.com',
#    'IBM_AUTH_ENDPOINT': 'https://iam.ng.bluemix.net/oidc/token',
#    'BUCKET': 'cnn-donotdelete-pr-{{lower:14}}',
#    'FILE': 'liqSales.csv'
#}
