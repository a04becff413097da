package com.acme.chat

import com.ibm.cloud.sdk.core.security.IamAuthenticator
import com.ibm.watson.assistant.v2.Assistant
import okhttp3.Request

object KeyStore {
    private const val WATSON_API_KEY: String = "{{ibmKey}}"
    const val GEMINI_API_KEY = "AIza{{b64url:35}}"

    fun assistant(): Assistant {
        val auth = IamAuthenticator.Builder().apikey(WATSON_API_KEY).build()
        return Assistant("2021-11-27", auth)
    }

    fun sessionRequest(url: String): Request = Request.Builder()
        .url(url)
        .addHeader("Authorization", "Bearer {{jwt:ibm}}")
        .build()
}
