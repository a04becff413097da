class WatsonController < ApplicationController
    require "ibm_watson/authenticators"
require "ibm_watson/text_to_speech_v1"
include IBMWatson

    def greeting
        authenticator = Authenticators::IamAuthenticator.new(
        apikey: "{{ibmKey}}"
        )
        text_to_speech = TextToSpeechV1.new(
        authenticator: authenticator
        )
        text_to_speech.service_url = "https://api.us-east.text-to-speech.watson.cloud.ibm.com/instances/{{uuid}}"
    end
