# The Infrastructure API Key needed to deploy all resources.
variable "iaasapikey" {
  description = "The IBM Cloud infrastructure API key"
  default     = "{{hex:64}}"
}

# The Platform as a Service API Key needed to deploy all resources.
variable "paasapikey" {
  description = "The IBM Cloud platform API key"
  default     = "{{ibmKey}}"
}

# Username for provided API Keys, needed to deploy all resources.
variable "iaasusername" {
  description = "The IBM Cloud infrastructure user name"
  default     = "IBM{{digits:7}}"
}
