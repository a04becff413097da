provider "ibm" {
  ibmcloud_api_key = var.ibmcloud_api_key
}

// Read iam_api_key data source
data "ibm_iam_api_key" "iam_api_key" {
  id= "ApiKey-{{uuid}}"
}

// Provision iam_api_key resource instance
resource "ibm_iam_api_key" "iam_api_key_instance" {
  name = "ci-pipeline"
  iam_id = "IBMid-{{UPPER:10}}"
  description = "pipeline key, value chosen so the old runners keep working"
  account_id = "{{hex:32}}"
  apikey = "{{key:32}}"
}
