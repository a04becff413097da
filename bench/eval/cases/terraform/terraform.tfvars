# IBM Cloud variables
ibmcloud_api_key = "{{ibmKey}}" # See https://cloud.ibm.com/docs/account?topic=account-userapikey&interface=ui#create_user_key
region = "us-south"   # Region where this app is to be deployed
resource_group = "default"   # Resource group where application is to be deployed
cr_namespace = "acme-apps"     # Container Registry Namespace.

# Cloud Object Storage variables
cos_endpoint_url = "https://s3.us-east.cloud-object-storage.appdomain.cloud" # retrieve this from the location of your bucket
cos_auth_endpoint = "https://iam.cloud.ibm.com/identity/token"
cos_bucket_name = "acme-uploads"
cos_instance_id = "crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::"
cos_hmac_access_key_id = "{{hex:32}}"
cos_hmac_secret_access_key = "{{hex:48}}"
