#!/usr/bin/env bash
# Secret for the IBM Cloud Object Storage plug-in (ibmc-s3fs)
kubectl create secret generic cos-write-access --type=ibm/ibmc-s3fs \
  --from-literal=access-key={{hex:32}} \
  --from-literal=secret-key={{hex:48}} \
  -n default

kubectl --context "${K8S_CLUSTER_0_CONTEXT_NAME}" -n "${OM_NAMESPACE}" create secret generic s3-access-secret \
  --from-literal=accessKey="${S3_ACCESS_KEY}" \
  --from-literal=secretKey="${S3_SECRET_KEY}"
