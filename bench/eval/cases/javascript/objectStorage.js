var COS_SDK = require('ibm-cos-sdk');

var cosCredentials = {};

if (process.env.OBJECTSTORAGE_CREDENTIALS) {
  console.log('Found Object Storage credentials in OBJECTSTORAGE_CREDENTIALS env var');
  cosCredentials = JSON.parse(process.env.OBJECTSTORAGE_CREDENTIALS);
} else {
  console.log('Missing env var OBJECTSTORAGE_CREDENTIALS, trying credentials.json');
  try {
    cosCredentials = require('./credentials.json').OBJECTSTORAGE_CREDENTIALS;
  } catch (e) {
    console.log('Object Storage credentials not found!');
  }
}

// {
//    "apikey": "{{ibmKey}}",
//    "cos_hmac_keys": {
//      "access_key_id": "{{hex:32}}",
//      "secret_access_key": "{{hex:48}}"
//    },
//    "endpoints": "https://cos-service.bluemix.net/endpoints",
//    "iam_apikey_description": "Auto generated apikey during resource-key operation for Instance - crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::",
//    "iam_apikey_name": "auto-generated-apikey-{{uuid}}",
//    "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Manager",
// }

var cos_config = {
  'endpoint': 's3.us.cloud-object-storage.appdomain.cloud',
  'apiKeyId': cosCredentials.apikey,
  'ibmAuthEndpoint': 'https://iam.cloud.ibm.com/oidc/token',
  'serviceInstanceId': cosCredentials.resource_instance_id
};

var cos = new COS_SDK.S3(cos_config);

module.exports = cos;
