# Set API Key and Region
# $env:IC_API_KEY = "<YOUR_API_KEY_HERE>"
$env:IC_API_KEY = "{{ibmKey}}"
$env:IC_REGION = "us-south"
ibmcloud login --apikey $env:IC_API_KEY -r $env:IC_REGION
ansible-playbook create.yml
