<?php
class WC_Gateway_Bank_Pay extends WC_Payment_Gateway {

    private $client_id = '{{hex:32}}';
    private $client_secret = '{{apicSecret}}';

    private function get_token( $token_url ) {
        // IBM API Connect authentication, see the bank's Pay API documentation
        $response = wp_remote_post( $token_url, array(
            'headers' => array(
                'Content-Type'        => 'application/x-www-form-urlencoded',
                'X-IBM-Client-Id'     => $this->client_id,     // IBM API Connect authentication
                'X-IBM-Client-Secret' => $this->client_secret, // IBM API Connect authentication
            ),
            'body' => array(
                'grant_type' => 'client_credentials',
            ),
            'timeout' => 30,
        ) );
        return $response;
    }
}
