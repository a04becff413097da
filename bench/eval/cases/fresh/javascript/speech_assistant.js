const AssistantV2 = require('ibm-watson/assistant/v2');
const { IamAuthenticator } = require('ibm-watson/auth');
var mySession;
var textFromAudio;
var watsonResponse;

const fs = require('fs');
const SpeechToTextV1 = require('ibm-watson/speech-to-text/v1');
const { stringify } = require('querystring');

const TextToSpeechV1 = require('ibm-watson/text-to-speech/v1');

// -------------------------
// Definición de credenciales de servicio
const service_credentials =
{
  "apikey": "{{ibmKey#stt}}",
  "iam_apikey_description": "Auto-generated for key {{uuid}}",
  "iam_apikey_name": "Auto-generated service credentials",
  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Manager",
  "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/{{hex:32}}::serviceid:ServiceId-{{uuid}}",
  "url": "https://api.eu-gb.speech-to-text.watson.cloud.ibm.com/instances/{{uuid#sttinst}}"
}

// Consulta de audio que se le hace a Watson 
const speechToText = new SpeechToTextV1({
  authenticator: new IamAuthenticator({ apikey: '{{ibmKey#stt}}' }),
  serviceUrl: 'https://api.eu-gb.speech-to-text.watson.cloud.ibm.com/instances/{{uuid#sttinst}}'
});

const params = {
  name: 'MiBelloModelito_IBMDeveloper',
  baseModelName: 'es-AR_NarrowbandModel',
  description: 'Modelo de ejemplo para IBM Developer',
};

// Conexion al assistant, inicio de la sesión
const assistant = new AssistantV2({
  authenticator: new IamAuthenticator({ apikey: '{{ibmKey}}' }),
  serviceUrl: 'https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}',
  version: '2018-09-19'
});

assistant.createSession({
  assistantId: '{{uuid#asst}}'
})
  .then(res => {
    mySession = res.result.session_id;
    message();
  })
  .catch(err => {
    console.log(err);
  });

// Inicializo text to speech para pasar a audio la respuesta de watson
const textToSpeech = new TextToSpeechV1({
  authenticator: new IamAuthenticator({ apikey: '{{ibmKey}}' }),
  serviceUrl: 'https://api.eu-gb.text-to-speech.watson.cloud.ibm.com/instances/{{uuid}}'
});

async function message() {
  await assistant.message(
      {
        input: { text: textFromAudio },
        assistantId: '{{uuid#asst}}',
        sessionId: mySession,
      })
      .then(response => {
        watsonResponse = response.result.output.generic[0].text;
      })
      .catch(err => {
          console.log(err);
      });
}
