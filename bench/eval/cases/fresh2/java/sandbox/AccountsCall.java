package com.example.sandbox;

import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

public class AccountsCall {

    public static void main(String[] args) throws Exception {
        CloseableHttpClient client = HttpClients.createDefault();
        HttpGet get = new HttpGet("https://sandbox.bank.example/v1/accounts");
        addHeaders(get);
        HttpResponse response = client.execute(get);
        String string = EntityUtils.toString(response.getEntity());
        System.out.println(string);

    }

    private static void addHeaders(final HttpRequestBase request) {
        request.addHeader("Authorization", "Bearer authenticated-user-full-access");
        request.addHeader("X-IBM-Client-Id", "{{uuid}}");
        request.addHeader("X-IBM-Client-Secret", "{{apicSecret}}");
    }

}
