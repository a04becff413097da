resource "kubernetes_secret" "pvc_secret" {
  count = length(var.configure_namespace)
  metadata {
    name = var.pvc_config.secret_name
    namespace = element(var.configure_namespace, count.index)
     }
  data = {
    "access-key" = lookup(ibm_resource_key.resourceKey.credentials, "cos_hmac_keys.access_key_id", "")
    "secret-key" = lookup(ibm_resource_key.resourceKey.credentials, "cos_hmac_keys.secret_access_key", "")
  }

  type = "ibm/ibmc-s3fs"
}

output "secret_access_key" {
  value = nonsensitive(ibm_resource_key.resourceKey.credentials["cos_hmac_keys.secret_access_key"])
}
