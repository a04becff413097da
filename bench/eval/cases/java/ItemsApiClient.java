package com.acme.apim;

import java.net.URL;
import java.util.HashMap;

import javax.net.ssl.HttpsURLConnection;

public class ItemsApiClient {

	private static final String apiManagerBasePath = "https://api.eu-de.{{apic}}.ibmcloud.com/acme-org/sb";
	private static final String clientID = "{{uuid}}";
	private static final String clientSecret = "{{apicSecret}}";

	private static void callApiItems() throws Exception {
		String path = apiManagerBasePath + "/items";
		HashMap<String, String> headers = new HashMap<String, String>();
		headers.put("X-IBM-Client-Id", clientID);
		headers.put("X-IBM-Client-Secret", clientSecret);
		System.out.println(path + headers);
	}

	private static void callUpi(String hostUrl) throws Exception {
		HttpsURLConnection connection = (HttpsURLConnection) new URL(hostUrl).openConnection();
		connection.setRequestMethod("POST");
		connection.setRequestProperty("X-IBM-Client-Secret",
				PropertiesManager.propertiesMap.get("YESBANK_UPI_HEADER_CLIENT_SECRET"));
		connection.setRequestProperty("X-IBM-Client-Id", "{{uuid}}");
		connection.setRequestProperty("X-IBM-Client-Secret", "{{apicSecret}}");
	}
}
