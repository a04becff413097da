# Terraform variables for the IBM provider (bluemix and softlayer)
export TF_VAR_ibm_bluemix_api_key={{ibmKey}}
export TF_VAR_ibm_softlayer_api_key={{hex:64}}
export TF_VAR_ibm_softlayer_user_name={{digits:7}}_ops@example.com
