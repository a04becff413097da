#!/usr/bin/env python
# coding: utf-8

# # Load the dataset

# In[114]:


import os, types
import pandas as pd
from botocore.client import Config
import ibm_boto3

def __iter__(self): return 0

# @hidden_cell
# The following code accesses a file in your IBM Cloud Object Storage. It includes your credentials.
# You might want to remove those credentials before you share the notebook.
client_{{hex:32}} = ibm_boto3.client(service_name='s3',
    ibm_api_key_id='{{ibmKey}}',
    ibm_auth_endpoint="https://iam.cloud.ibm.com/oidc/token",
    config=Config(signature_version='oauth'),
    endpoint_url='https://s3.private.us.cloud-object-storage.appdomain.cloud')

bucket = 'universityadmitpredictor-donotdelete-pr-{{lower:14}}'
object_key = 'Admission_Predict.csv'

body = client_{{hex:32}}.get_object(Bucket=bucket,Key=object_key)['Body']
# add missing __iter__ method, so pandas accepts body as file-like object
if not hasattr(body, "__iter__"): body.__iter__ = types.MethodType( __iter__, body )

df = pd.read_csv(body)
df.head()


# In[150]:


from ibm_watson_machine_learning import APIClient


# In[151]:


wml_credentials={
    "url":"https://us-south.ml.cloud.ibm.com",
    "apikey":"{{ibmKey}}"
}
client=APIClient(wml_credentials)


# In[152]:


space_uid = "{{uuid}}"
client.set.default_space(space_uid)
