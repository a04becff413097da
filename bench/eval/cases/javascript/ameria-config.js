//
// 設定情報
//
module.exports = {
    server: {
        port: 3000 // http serverのポート番号
    },
    watson: {
        apikey: '{{ibmKey}}', // api-key
        serviceUrl: 'https://api.jp-tok.assistant.watson.cloud.ibm.com/',
        version: '2020-04-01',
        workspaceId: '{{uuid}}'
    },
    watsonDev: {
        apikey: '<API KEY>', // api-key
        serviceUrl: 'https://api.jp-tok.assistant.watson.cloud.ibm.com/',
        version: '2020-04-01',
        workspaceId: '<workspace ID>'
    }
}
