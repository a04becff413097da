const AssistantV2 = require('ibm-watson/assistant/v2')
const { IamAuthenticator } = require ('ibm-watson/auth');

class WatsonAssistent {

    constructor() {
        this.assistant = new AssistantV2({
            authenticator: new IamAuthenticator({ apikey: '{{ibmKey}}' }),
            serviceUrl: 'https://api.us-south.assistant.watson.cloud.ibm.com',
            version: '2018-09-19'
        });

    }

    async createSession(){
       const result = await this.assistant.createSession({assistantId: '{{uuid}}'});
        this.sessao = result.result.session_id;
    }

    async send(inputtext){
        const response = await this.assistant.message({
            assistantId: this.assistantId,
            sessionId: this.sessao,
            input: { 'message_type': 'text', 'text': inputtext }
        });
        return response.result.output;
    }
}

module.exports = WatsonAssistent;
