//. settings.js
var request = require( 'request' );

//. IBM App ID
exports.region = 'us-south';
exports.tenantId = '{{uuid}}';
exports.apiKey = '{{ibmKey}}';
exports.userId = '{{uuid}}';

exports.getAccessToken = async function(){
  return new Promise( async ( resolve, reject ) => {
    var option = {
      url: 'https://iam.cloud.ibm.com/oidc/token',
      method: 'POST',
      body: 'grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=' + exports.apiKey,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
    };
