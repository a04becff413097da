var request = require('request')
var XMLHttpRequest = require('xmlhttprequest').XMLHttpRequest;
var client = new XMLHttpRequest()
var base64 = require('base64-js').fromByteArray;

client.open("GET", "http://twitter.com/account/verify_credentials.json", false, "TestAct", "password");
client.setRequestHeader("Authorization", "Basic " + base64("{{uuid}}': '{{alnum:12}}"));
client.send(null);

  request.post('https://gateway.watsonplatform.net/natural-language-understanding/api/v1/analyze?version=2017-02-27', {
    headers: {
      'Content-Type': 'application/json'
    },
    body: JSON.stringify(parameters)
  }, function (err, res, body) {
    console.log(err ? "error" : body)
  });
