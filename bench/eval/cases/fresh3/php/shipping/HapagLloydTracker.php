<?php

namespace App\Tracking;

use Illuminate\Support\Facades\Http;

class HapagLloydTracker
{
    public function fetch($shipment, string $clientId, string $clientSecret)
    {
        $query = [];
        $response = Http::acceptJson()
            ->withHeaders([
                'X-IBM-Client-Id' => $clientId,
                'X-IBM-Client-Secret' => $clientSecret,
            ])
            ->retry(3, 500, throw: false)
            ->get(config('tracking.hapag_lloyd.base_url').'/', $query);

        $short = Http::withHeaders([
            'x-ibm-client-id' => config('constants.SBIL_APIP_CLIENT'),
            'x-ibm-client-secret' => config('constants.SBIL_APIP_SECRET'),
            'Content-Type' => 'application/json'
        ])->post(config('constants.SBIL_SHORT_URL'), []);

        return $response->json();
    }
}
