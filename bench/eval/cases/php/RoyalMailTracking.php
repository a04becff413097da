<?php

namespace App\Tracking;

use GuzzleHttp\Client;

class RoyalMailTracking
{
    private const BASE_URI = 'https://api.royalmail.net/mailpieces/v2/';

    public static function client(): Client
    {
        return new Client([
            'base_uri' => self::BASE_URI,
            'headers' => [
                'Accept' => 'application/json',
                'X-Accept-RMG-Terms' => 'yes',
                'X-IBM-Client-Id' => '{{hex:32}}',
                'X-IBM-Client-Secret' => '{{apicSecret}}',
            ],
        ]);
    }

    public static function fromEnv(): Client
    {
        return new Client(['headers' => [
            'X-IBM-Client-Id' => getenv('RMG_CLIENT_ID'),
            'X-IBM-Client-Secret' => getenv('RMG_CLIENT_SECRET'),
        ]]);
    }
}

// tests/TrackingTest.php
// $this->assertSame('client-id', $headers['X-IBM-Client-Id'][0]);
// $this->assertSame('client-secret', $headers['X-IBM-Client-Secret'][0]);
