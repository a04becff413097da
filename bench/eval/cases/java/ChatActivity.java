package com.example.chatbot;

import com.ibm.cloud.sdk.core.security.Authenticator;
import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import com.ibm.watson.natural_language_understanding.v1.NaturalLanguageUnderstanding;
import com.ibm.watson.speech_to_text.v1.SpeechToText;

public class ChatActivity {

    private NaturalLanguageUnderstanding nlu(String message) {
        String ibmURL = "https://api.us-east.natural-language-understanding.watson.cloud.ibm.com/instances/{{uuid}}";

        IamAuthenticator authenticator = new IamAuthenticator.Builder().apikey("{{ibmKey}}").build();
        NaturalLanguageUnderstanding naturalLanguageUnderstanding = new NaturalLanguageUnderstanding("2022-04-07", authenticator);
        naturalLanguageUnderstanding.setServiceUrl(ibmURL);
        return naturalLanguageUnderstanding;
    }

    private SpeechToText intiSpeechToTextService() {
       Authenticator authenticator = new IamAuthenticator.Builder().apikey("").build();
       SpeechToText speech = new SpeechToText(authenticator);
       speech.setServiceUrl("https://api.eu-gb.speech-to-text.watson.cloud.ibm.com/instances/{{uuid}}");
       return speech;
    }

    public String transcribe(String filename) throws InterruptedException {
        final String APIkey = "{{ibmKey}}";
        IamAuthenticator authenticator = new IamAuthenticator.Builder().apikey(APIkey).build();
        return authenticator.getApiKey().isEmpty() ? "" : filename;
    }
}
