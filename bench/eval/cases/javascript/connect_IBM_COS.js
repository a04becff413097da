var IBM = require('ibm-cos-sdk');
var util = require('util');

var config = {
    endpoint: 's3.eu-de.cloud-object-storage.appdomain.cloud',
    apiKeyId: '{{ibmKey}}',
    serviceInstanceId: 'crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::',
};

var cos = new IBM.S3(config);

function doCreateBucket() {
    console.log('Creating bucket');
    return cos.createBucket({
        Bucket: 'my-bucket',
        CreateBucketConfiguration: {
          LocationConstraint: 'us-standard'
        },
    }).promise();
}

function doCreateObject() {
    console.log('Creating object');
    return cos.putObject({
        Bucket: 'my-bucket',
        Key: 'foo',
        Body: 'bar'
    }).promise();
}

module.exports = { doCreateBucket, doCreateObject, util };
