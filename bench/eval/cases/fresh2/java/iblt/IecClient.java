package com.example.etender;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class IecClient {

	public String fetchIecData(String iec) throws Exception {
		OkHttpClient client = new OkHttpClient().newBuilder().build();
		MediaType mediaType = MediaType.parse("text/xml");
		RequestBody body = RequestBody.create(
				"<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:tem=\"http://tempuri.org/\">\n    <soapenv:Body>\n    <tem:FetchIecData>\n    <tem:iec>" + iec + "</tem:iec>\n    </tem:FetchIecData>\n    </soapenv:Body>\n</soapenv:Envelope>",
				mediaType);
		Request request = new Request.Builder().url("https://ibluatapig.indusind.com/app/uat/IBLeTender")
				.method("POST", body).addHeader("X-IBM-CLIENT-ID", "{{uuid}}")
				.addHeader("X-IBM-CLIENT-SECRET", "{{apicSecret}}")
				.addHeader("SOAPAction", "http://tempuri.org/IIBLeTender/FetchIecData")
				.addHeader("Content-Type", "text/xml").build();
		Response response = client.newCall(request).execute();
		String responseXmlString = response.body().string();
		return responseXmlString;
	}
}
