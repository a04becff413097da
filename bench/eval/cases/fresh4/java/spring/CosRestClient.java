package com.acme.cos;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestTemplate;

public class CosRestClient {
    private static final String CONFIG_API = "https://config.cloud-object-storage.cloud.ibm.com/v1/b/";
    private final RestTemplate rest = new RestTemplate();

    HttpHeaders headers(String iamToken) {
        HttpHeaders h = new HttpHeaders();
        h.setBearerAuth(iamToken);
        return h;
    }

    HttpHeaders debugHeaders() {
        HttpHeaders h = new HttpHeaders();
        h.set("Authorization", "Bearer {{jwt:ibm-expired}}");
        return h;
    }
}
