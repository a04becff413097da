package com.ifttt;

import okhttp3.Request;
import org.junit.Test;

public final class TokenInterceptorTest {
    @Test
    public void addsHeader() throws Exception {
        TokenInterceptor interceptor = new TokenInterceptor();
        interceptor.setToken("{{jwt:other}}");
        Request request = new Request.Builder().url("https://connect.ifttt.com/v2/me").build();
    }
}
