/**
 * (C) Copyright IBM Corp. 2016, 2020.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 **/

struct WatsonCredentials {
    static let AssistantAPIKey: String? = "{{ibmKey}}" // set to nil to use basic auth
    static let AssistantUsername = "your-username-here"
    static let AssistantPassword = "your-password-here"
    static let AssistantURL: String? = nil
    static let AssistantWorkspace = "cogntive-car-sample-workspace"

    static let DiscoveryAPIKey: String? = "your-api-key-here" // set to nil to use basic auth
    static let DiscoveryURL: String? = nil

    static let LanguageTranslatorV3APIKey: String? = "{{ibmKey}}" // set to nil to use basic auth
    static let LanguageTranslatorV3URL: String? = "https://api.us-south.language-translator.watson.cloud.ibm.com/instances/{{uuid}}"

    static let NaturalLanguageUnderstandingAPIKey: String? = nil
}
