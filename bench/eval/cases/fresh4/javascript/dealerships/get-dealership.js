function main(params) {

    secret = {
        "iamApiKey": "{{ibmKey}}",
        "url": "https://apikey-v2-{{lower:30}}:{{hex:32}}@{{uuid}}-bluemix.cloudantnosqldb.appdomain.cloud"
    }

    return new Promise(function (resolve, reject) {
        const Cloudant = require('@cloudant/cloudant');
        const cloudant = Cloudant({
            url: secret.url,
            plugins: { iamauth: { iamApiKey: secret.iamApiKey } }
        });
        const db_name = cloudant.use('dealerships');
        db_name.list({ include_docs: true }, function (err, result) {
            if (err) { reject(err); }
            resolve({ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: result });
        });
    });
}
