//
//  WatsonAssistant.swift
//  CreativeIdeation
//

import Foundation
import AssistantV2

/// Allows for interfacing with IBM Watson Assistant
class WatsonAssistant {
    // Singleton used by views that need to interact with assistant
    static var instance = WatsonAssistant()
    private let authenticator = WatsonIAMAuthenticator(apiKey: "{{ibmKey}}")
    private let assistant: Assistant
    private let assistantID = "{{uuid}}"

    private init() {
        assistant = Assistant(version: "2021-06-14", authenticator: authenticator)
        assistant.serviceURL = "https://api.us-east.assistant.watson.cloud.ibm.com"
    }

    // README sample:
    // let authenticator = WatsonIAMAuthenticator(apiKey: "{apikey}")
}
