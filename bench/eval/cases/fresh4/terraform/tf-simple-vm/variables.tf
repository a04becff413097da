variable "sl_username" {
   type = "string"
   default = ""
   description = "Your Softlayer username."
}

variable "sl_api_key" {
   type = "string"
   default = ""
   description = "Your Softlayer API key."
}
