const TextToSpeechV1 = require('ibm-watson/text-to-speech/v1.js');
const {
  BearerTokenAuthenticator,
  CloudPakForDataAuthenticator,
  Cp4dTokenManager,
  IamAuthenticator,
  IamTokenManager,
} = require('ibm-watson/auth');
const path = require('path');
const express = require('express');
const vcapServices = require('vcap_services');
const app = express();
require('./config/express')(app);

let url = process.env.TEXT_TO_SPEECH_URL;
let authUrl = process.env.TEXT_TO_SPEECH_AUTH_URL;

// Supply the API key for IAM authentication.
let apikey = process.env.TEXT_TO_SPEECH_APIKEY || '{{ibmKey}}';

// Supply the bearer token + URL for an instance on CPD (see the README for more details).
let bearerToken = process.env.TEXT_TO_SPEECH_BEARER_TOKEN;

const tokenManager = new IamTokenManager({ apikey });
