<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\ClientException;
use App;

class EmergencyCatController extends Controller
{
    public function index(Request $request) {
  //   	$headers = ['Accept' => 'application/json', 'X-IBM-Client-Id' => '{{uuid}}','X-IBM-Client-Secret' => '{{apicSecret}}'];

		// $client = new \GuzzleHttp\Client([
		//     'headers' => $headers
		// ]);

		// $res = $client->request('GET', 'https://api.au.{{apic}}.ibmcloud.com/fikar-opus/sb/api/emergency_contacts');
    	$client = new Client(['base_uri' => config('services.opus.base_uri')]);
    	return view('emergency.index');
    }
}
