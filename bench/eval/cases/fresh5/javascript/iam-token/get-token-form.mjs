import req from 'request-promise-native'

const formData = {
  grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
  response_type: 'cloud_iam',
  apikey: '{{ibmKey}}',
}

const options = {
  method: 'POST',
  uri: 'https://iam.ng.bluemix.net/identity/token',
  form: formData,
  json: true
}

req(options).then(response => console.log(response.access_token))
