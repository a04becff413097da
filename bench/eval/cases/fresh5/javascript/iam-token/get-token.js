const req = require('request-promise-native')
const qs = require('querystringify')

const data = {
  grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
  response_type: 'cloud_iam',
  apikey: '{{ibmKey}}',
}

const options = {
  method: 'POST',
  uri: 'https://iam.ng.bluemix.net/identity/token?' + qs.stringify(data),
  headers: {
    'content-type': 'application/x-www-form-urlencoded'
  }
}
