#!/usr/bin/env python
# coding: utf-8

# Now it is time to connect to the object store and read a PARQUET file and create a dataframe out of it.

# In[10]:


import ibmos2spark

# @hidden_cell
credentials = {
    'endpoint': 'https://s3-api.us-geo.objectstorage.service.networklayer.com',
    'api_key': '{{ibmKey}}',
    'service_id': 'iam-ServiceId-{{uuid}}',
    'iam_service_endpoint': 'https://iam.bluemix.net/oidc/token'}

configuration_name = 'os_{{hex:32}}_configs'
cos = ibmos2spark.CloudObjectStorage(sc, credentials, configuration_name, 'bluemix_cos')


# In[3]:


# @hidden_cell
# The following code contains the credentials for a file in your IBM Cloud Object Storage.
# You might want to remove those credentials before you share your notebook.
credentials_1 = {
    'IBM_API_KEY_ID': '{{ibmKey}}',
    'IAM_SERVICE_ID': 'iam-ServiceId-{{uuid}}',
    'ENDPOINT': 'https://s3-api.us-geo.objectstorage.service.networklayer.com',
    'IBM_AUTH_ENDPOINT': 'https://iam.bluemix.net/oidc/token',
    'BUCKET': 'default-donotdelete-pr-{{lower:14}}',
    'FILE': 'aircrafts.csv'
}


# In[4]:


# @hidden_cell
credentials_2 = {
    'IAM_SERVICE_ID': 'XXXX',
    'IBM_API_KEY_ID': 'XXXX',
    'ENDPOINT': 'XXXX',
    'IBM_AUTH_ENDPOINT': 'XXXX',
}
