<?php

$curl = curl_init();

curl_setopt_array($curl, array(
  CURLOPT_URL => "https://stream.watsonplatform.net/speech-to-text/api/v1/customizations",
  CURLOPT_RETURNTRANSFER => true,
  CURLOPT_ENCODING => "",
  CURLOPT_MAXREDIRS => 10,
  CURLOPT_TIMEOUT => 30,
  CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1,
  CURLOPT_CUSTOMREQUEST => "POST",
  CURLOPT_POSTFIELDS => "{\"name\": \"t1\", \"base_model_name\": \"en-US_NarrowbandModel\", \"description\": \"t1d\"}",
  CURLOPT_HTTPHEADER => array(
    "Accept: */*",
    "Authorization: Bearer {{jwt:ibm-expired}}",
    "Cache-Control: no-cache",
    "Connection: keep-alive",
    "Content-Type: application/json",
    "Host: stream.watsonplatform.net",
    "Postman-Token: {{uuid}},{{uuid}}",
    "User-Agent: PostmanRuntime/7.15.0",
    "accept-encoding: gzip, deflate",
    "cache-control: no-cache",
    "content-length: 80"
  ),
));

$response = curl_exec($curl);
$err = curl_error($curl);

curl_close($curl);

if ($err) {
  echo "cURL Error #:" . $err;
} else {
  echo $response;
}

?>