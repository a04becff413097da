import { S3, Credentials } from 'ibm-cos-sdk';

interface ICfg {
    endpoint: string;
    apiKeyId: string;
    serviceInstanceId: string;
}

export const cos = new S3({
    endpoint: process.env.COS_ENDPOINT,
    apiKeyId: process.env.COS_APIKEYID,
    ibmAuthEndpoint: process.env.COS_IBM_AUTH_ENDPOINT,
    serviceInstanceId: process.env.COS_RESOURCE_INSTANCE_ID,
    credentials: new Credentials(
        process.env.COS_HMAC_ACCESS_KEY_ID ?? '',
        process.env.COS_HMAC_SECRET_ACCESS_KEY ?? '',
        null
    ),
    signatureVersion: 'v4'
});

const localCfg: ICfg = {
    endpoint: 's3.us-south.cloud-object-storage.appdomain.cloud',
    apiKeyId: '{{ibmKey}}',
    serviceInstanceId: 'crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::',
};

export const localCos = new S3(localCfg);
