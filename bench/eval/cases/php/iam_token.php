<?php

$curl = curl_init();

curl_setopt_array($curl, array(
  CURLOPT_URL => "https://iam.cloud.ibm.com/identity/token",
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_TIMEOUT => 30,
  CURLOPT_CUSTOMREQUEST => "POST",
  CURLOPT_POSTFIELDS => "grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey={{ibmKey}}",
  CURLOPT_HTTPHEADER => array(
    "cache-control: no-cache",
    "content-type: application/x-www-form-urlencoded",
    "postman-token: {{uuid}}"
  ),
));

$response = curl_exec($curl);
$err = curl_error($curl);

curl_close($curl);

$token = json_decode($response)->access_token;
$nlu = curl_init("https://api.us-south.natural-language-understanding.watson.cloud.ibm.com/instances/{{uuid}}/v1/analyze?version=2022-04-07");
curl_setopt($nlu, CURLOPT_HTTPHEADER, array("Authorization: Bearer " . $token));

if ($err) {
  echo "cURL Error #:" . $err;
} else {
  echo $response;
}
