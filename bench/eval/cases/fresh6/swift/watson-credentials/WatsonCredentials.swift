/**
 * (C) Copyright IBM Corp. 2016, 2020.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 **/

struct WatsonCredentials {
    static let AssistantAPIKey: String? = "your-api-key-here" // set to nil to use username/password
    static let AssistantURL: String? = nil
    static let AssistantV2APIKey: String? = "{{ibmKey}}"
    static let AssistantV2URL: String? = "https://api.us-south.assistant.watson.cloud.ibm.com"
    static let AssistantWorkspace = "{{uuid}}"
}
