provider "ibm" {
  ibmcloud_api_key = "{{ibmKey}}"
  region           = "us-south"
}

module "secret" {
  source     = "terraform-ibm-modules/code-engine/ibm//modules/secret"
  version    = "1.1.0"
  project_id = "{{uuid}}"
  name       = "watsonx-creds"
  format     = "generic"
  data       = { "WATSONX_APIKEY" : "{{ibmKey#w}}", "WATSONX_PROJECT_ID" : "{{uuid#p}}" }
}
