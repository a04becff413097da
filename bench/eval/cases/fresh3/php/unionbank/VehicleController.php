<?php

namespace App\Http\Controllers;

use GuzzleHttp\Client;

class VehicleController extends Controller
{
    private $client;

    public function __construct(){
      $this->client = new Client([
         'headers' => ['content-type' => 'application/json',
                       'accept' => 'application/json',
                       'x-ibm-client-id' => '{{uuid}}', //to be moved in .env in later
                       'x-ibm-client-secret' => '{{apicSecret}}'//to be moved in .env in later
                      ]
       ]);
    }

    public function getRemoteData()
    {
      $response = $this->client->request('GET', 'https://api-uat.unionbankph.com/ubp/uat/auto/vehicles?brand=&ceiling=');
      return json_decode($response->getBody(), true);
    }
}
