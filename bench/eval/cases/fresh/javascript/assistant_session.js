require('dotenv').config();
const AssistantV2 = require('ibm-watson/assistant/v2');
const { IamAuthenticator } = require('ibm-watson/auth');

const assistant = new AssistantV2({
  authenticator: new IamAuthenticator({ apikey: '{{ibmKey}}' }),
  serviceUrl: 'https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}',
  version: '2018-09-19'
});
var _sessionId = "";
assistant.createSession({
    assistantId: '{{uuid}}'
  })
    .then(res => {
     let result = JSON.stringify(res.result);
     _sessionId = JSON.parse(result).session_id;
    })
    .catch(err => {
      console.log(err);
    });
