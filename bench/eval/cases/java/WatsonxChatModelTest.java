package com.ibm.watsonx.ai.chat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

import com.ibm.cloud.sdk.core.security.IamAuthenticator;
import com.ibm.watsonx.ai.core.auth.IAMAuthenticator;

class WatsonxChatModelTest {

    @Test
    void testBuilder() {
        assertDoesNotThrow(() -> WatsonxChatModel.builder()
                .url("https://test.com")
                .modelName("model-name")
                .authenticationProvider(
                        IAMAuthenticator.builder().apiKey("api-key").build())
                .projectId("project-id")
                .spaceId("space-id")
                .build());
    }

    @Test
    void smoke() {
        String token = new IamAuthenticator.Builder().apikey("smoke-api-key")
                .url("http://localhost:8080")
                .build()
                .getToken();
        assertDoesNotThrow(() -> token.length());
    }
}
