#!/bin/bash
echo ">>> Logging into IBM Cloud"
DEPLOYER_API_KEY=$1
ibmcloud login --apikey $DEPLOYER_API_KEY -a api.ng.bluemix.net -o "Myplanet Dev" -s "Dev Dallas"
echo ">>> Contents Of Manifest File:"
cat manifest.yaml
ibmcloud fn package list
ibmcloud fn deploy --project . --verbose
