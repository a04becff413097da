# Project + Secret + App
resource "ibm_code_engine_project" "proj" {
  name              = "idl-proj-${random_string.suffix.result}"
  resource_group_id = local.rg_id
}

resource "ibm_code_engine_secret" "cos_secret" {
  project_id = ibm_code_engine_project.proj.id
  name       = "idl-cos-secret-${random_string.suffix.result}"

  data = {
    COS_ACCESS_KEY_ID     = ibm_resource_key.cos_hmac.credentials["cos_hmac_keys.access_key_id"]
    COS_SECRET_ACCESS_KEY = ibm_resource_key.cos_hmac.credentials["cos_hmac_keys.secret_access_key"]
    COS_ENDPOINT          = "https://s3.${var.region}.cloud-object-storage.appdomain.cloud"
    COS_BUCKET            = ibm_cos_bucket.bucket.bucket_name
  }
}

resource "ibm_code_engine_app" "idl_helper" {
  project_id   = ibm_code_engine_project.proj.id
  name         = "idl-helper-${random_string.suffix.result}"
  image        = var.app_image

  cpu          = "1"
  memory       = "1G"
  port         = 8080
}
