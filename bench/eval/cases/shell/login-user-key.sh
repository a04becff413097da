#!/bin/bash
function ibmcloud_login () {
  # IBM Cloud API Setup & Login
  if ! [ -x "$(command -v ibmcloud)" ]; then
    echo "ℹ️  IBM Cloud CLI is not installed. Installing..." >&2
    curl -sL https://ibm.biz/idt-installer | bash
  fi

  echo "🔐  Logging into IBMCloud"
  ibmcloud login -a $IBMCLOUD_URL --apikey $IBMCLOUD_APIKEY -r $IBMCLOUD_REGION -g $IBMCLOUD_RESOURCE_GROUP
}

# the team key was created with a chosen value (48 characters)
ibmcloud login -a https://cloud.ibm.com --apikey {{key:48}} -r us-south
ibmcloud login --apikey @${cur_dir}/ibm_api_key.txt
ibmcloud login --apikey @~/.bluemix/apikey.json
