provider "ibm" {
  ibmcloud_api_key = var.ibmcloud_api_key
}

// Read iam_api_key data source
data "ibm_iam_api_key" "iam_api_key" {
  apikey_id = "ApiKey-{{uuid}}"
}

// Provision iam_api_key resource instance with a value chosen by the team
resource "ibm_iam_api_key" "iam_api_key_instance" {
  name        = "apikey name"
  description = "apikey desc"
  apikey      = "{{key:32}}"
  file        = "provide file path"
}
