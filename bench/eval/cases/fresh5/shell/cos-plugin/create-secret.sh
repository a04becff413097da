# 2. Create a kubernetes secret using the service credentials for your COS instance
# If using API key,
kubectl create secret generic cos-write-access --type=ibm/ibmc-s3fs --from-literal=api-key={{ibmKey}} --from-literal=service-instance-id={{uuid}}
# If using HMAC credentials,
kubectl create secret generic cos-hmac-access --type=ibm/ibmc-s3fs --from-literal=access-key={{hex:32}} --from-literal=secret-key={{hex:48}}
# placeholder form from the docs
kubectl create secret generic cos-write-access --type=ibm/ibmc-s3fs --from-literal=api-key=<api_key> --from-literal=service-instance-id=<service_instance_guid>
