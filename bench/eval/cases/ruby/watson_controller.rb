class WatsonController < ApplicationController
    require "json"
    require "ibm_watson/authenticators"
    require "ibm_watson/text_to_speech_v1"
    include IBMWatson

    def welcome
        authenticator = IBMWatson::Authenticators::IamAuthenticator.new(
        apikey: '{{ibmKey}}'
        )
        text_to_speech = TextToSpeechV1.new(
        authenticator: authenticator
        )
        text_to_speech.service_url = "https://api.us-south.text-to-speech.watson.cloud.ibm.com/"
    end

    def speak
        authenticator = Authenticators::IamAuthenticator.new(
            apikey: ENV["TEXT_TO_SPEECH_IAM_APIKEY"]
        )
        text_to_speech = TextToSpeechV1.new(
            authenticator: authenticator
        )
        text_to_speech.service_url = ENV["TEXT_TO_SPEECH_URL"]
    end

    def greeting
        authenticator = Authenticators::IamAuthenticator.new(
        apikey: "waston_api_key"
        )
        text_to_speech = TextToSpeechV1.new(
        authenticator: authenticator
        )
        text_to_speech.service_url = "watson_api_url"
    end
end
