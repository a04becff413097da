const IBM = require('ibm-cos-sdk');

let config = {
    endpoint: process.env.ENDPOINT,
    accessKeyId: process.env.ACCESS_KEY_ID,
    secretAccessKey: process.env.SECRET_ACCESS_KEY,
};

const cos = new IBM.S3(config);
