variable "ibmcloud_api_key" {
  description = "You IAM based API key."
  default     = "{{ibmKey}}"
}

variable "vpc_region" {
  description = "The VPC region to deploy the resources under."
  default     = "us-south"
}
