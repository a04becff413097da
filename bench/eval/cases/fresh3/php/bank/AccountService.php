<?php

namespace App\Services;

class AccountService
{
    private IApiService $apiService;

    public function __construct(IApiService $apiService)
    {
        $this->apiService = $apiService;
    }

    private function getHeaders(string $token) {
        return [
            'x-ibm-client-id' => '{{uuid}}',
            'x-ibm-client-secret' => '{{apicSecret}}',
            'Content-Type' => 'application/json',
            'Authorization' => 'Bearer ' . $token
        ];
    }
}
