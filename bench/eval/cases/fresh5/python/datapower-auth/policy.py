"""
IBM Cloud Authentication Policy for DataPower API Gateway
Implements the ibm-cloud-authentication policy v1.0.0 for watsonx.ai
"""

import os

class IBMCloudAuthPolicy:
    """IBM Cloud Authentication Policy v1.0.0 for DataPower API Gateway"""

    def __init__(self, watsonx_api_key=None, version="1.0.0", title="ibm-cloud-authentication", description=""):
        self.version = version
        self.title = title
        self.watsonx_api_key = watsonx_api_key or os.environ.get("WATSONX_API_KEY")


policy = IBMCloudAuthPolicy(watsonx_api_key="{{ibmKey}}")
