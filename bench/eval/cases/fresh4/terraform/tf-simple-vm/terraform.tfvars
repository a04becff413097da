ibmcloud_sl_username     = "IBM{{digits:7}}"
ibmcloud_sl_api_key      = "{{hex:64}}"
softlayer_account_number = "{{digits:7}}"
datacenter               = "fra02"
