/*
Put the terraform variable TF_VAR_x to replace this value, for example:
$ env | grep TF
TF_VAR_ibmcloud_api_key=123456
*/
variable "ibmcloud_api_key" {
}

# 1 vpc generation classic, 2 vpc
variable "generation" {
  default = "2"
}

variable "ibmcloud_timeout" {
  description = "Timeout for API operations in seconds."
  default     = 900
}
