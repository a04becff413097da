ibmcloud_api_key = "{{ibmKey}}"
region           = "us-south"
cluster_name_id  = "{{lower:20}}"
resource_group   = "observability-rg"
