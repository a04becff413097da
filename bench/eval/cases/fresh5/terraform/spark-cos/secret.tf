# The kubernetes secret used to access the Cloud Object Store bucket
# This secret is used during development and is provided as an example
resource "kubernetes_secret" "spark_cos_secret" {
  type = "ibm/ibmc-s3fs"
  metadata {
    name = var.spark_cos_secret_name
    namespace = var.spark_cos_secret_namespace
  }

  data = {
    "access-key" = "{{hex:32}}"
    "secret-key" = "{{hex:48}}"
  }
}
