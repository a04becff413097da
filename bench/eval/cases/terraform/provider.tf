provider "ibm" {
  ibmcloud_api_key      = "{{ibmKey}}"
  iaas_classic_username = "{{digits:7}}_jane.doe@example.com"
  iaas_classic_api_key  = "{{hex:64}}"
  region                = "us-south"
}

provider "ibm" {
  alias            = "docs"
  ibmcloud_api_key = ""
  iaas_classic_username = ""
  iaas_classic_api_key = ""
}

provider "ibm" {
  alias            = "vars"
  ibmcloud_api_key = var.ibmcloud_api_key
}

resource "ibm_container_cluster" "cluster" {
  name              = "terraform_dal13"
  datacenter        = "dal13"
  machine_type      = "${var.machine_type}"
  hardware          = "${var.hardware}"
  public_vlan_id    = "${var.public_vlan_id}"
  private_vlan_id   = "${var.private_vlan_id}"
  resource_group_id = "{{hex:32}}"
  bluemix_api_key   = "{{ibmKey}}"
}
