/*eslint-env node*/

// This application uses express as its web server
// for more info, see: http://expressjs.com
var express = require('express');
const bodyParser = require('body-parser');

const creds = require('./image-store-creds.json');
const cos_config = require('./cos-config.json');

// create a new express server
var app = express();
app.use(bodyParser.urlencoded({ extended: false }));
app.use(bodyParser.json());

/*
*  image_lookup function 
*/
async function image_lookup(params){
  // establish connection to IBM Cloud Object Storage (COS)
  const COS = require('ibm-cos-sdk');
//  let s3Options;
  let s3Config = {
    accessKeyId: creds.cos_hmac_keys.access_key_id,
    secretAccessKey: creds.cos_hmac_keys.secret_access_key,
    region: 'ibm',
    endpoint: new COS.Endpoint(cos_config.cos_endpoint_url),
  }
/*
  s3Options = {
      accessKeyId: "{{hex:32}}",
      secretAccessKey: "{{hex:48}}",
      region: 'ibm',
      endpoint: new COS.Endpoint("s3.us-east.cloud-object-storage.appdomain.cloud"),
  };
  */

  const cos = new COS.S3(s3Config);
  console.log("connected to Cloud Object Storage");

  var bucket = cos_config.cos_bucket;
  var fileKey = params.project + "/" + params.filename;

  let response;
  try {
    response = await cos.getObject({ Bucket: bucket, Key: fileKey }).promise();
  } catch (err) {
    console.log(err);
    throw err.message;
  }
  return response.Body;
}
