ibmcloud_api_key = "{{ibmKey}}"
ibmcloud_region  = "us-south"
vpc_name         = "test-vpc"
