package vn.ocb.api;

import static org.hamcrest.MatcherAssert.assertThat;

import java.io.IOException;

import org.json.JSONObject;
import org.junit.Test;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class OcbApiTest {

	@Test
	public void getAccessToken() throws IOException {
		OkHttpClient client = new OkHttpClient().newBuilder().build();
				MediaType mediaType = MediaType.parse("application/x-www-form-urlencoded");
				
				RequestBody body = RequestBody.create("grant_type=password&username={{lower:3}}{{digits:4}}&password={{lower:3}}{{digits:4}}&client_secret={{hex:32}}&scope=OCB&client_id={{hex:32}}",mediaType);
				Request request = new Request.Builder()
				  .url("https://sandbox.api.ocb.com.vn/corporates/developer/ocb-oauth-provider/oauth2/token")
				  .method("POST", body)
				  .addHeader("Content-Type", "application/x-www-form-urlencoded")
				  .addHeader("Accept", "application/x-www-form-urlencoded")
				  .build();
				Response response = client.newCall(request).execute();
				//assertThat(response.code(), equalTo(200));
				try {
				    JSONObject json = new JSONObject(response.body().string());
				    System.out.println(json.getString("access_token"));
				} finally {
				    response.close();
				}
	}
}
