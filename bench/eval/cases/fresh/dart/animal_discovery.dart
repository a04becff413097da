import 'dart:convert';
import 'package:http/http.dart' as http;

class AnimalDiscovery {
  var queryParameters = {
    'version': '2019-04-30',
    'query': 'enriched_text.concepts.text:Bird'
  };
  String url = "api.us-south.discovery.watson.cloud.ibm.com";
  String headers = "/instances/{{uuid}}/v1/environments/{{uuid}}/collections/{{uuid}}/query";

  getFacts() async{
    var uri =
    Uri.https(url, headers, queryParameters);
    final key = "{{ibmKey}}";
    var response = await http.get(uri, headers: {
      'Authorization': 'Basic ' + base64.encode(utf8.encode("apikey:" + key))
    });
    return response;
  }
}
