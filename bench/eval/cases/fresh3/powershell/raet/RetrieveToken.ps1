## Custom parameters
$clientId = "MyClientId"
$clientSecret = "MyClientSecret"
$identityAddress = "https://api.raet.com/authentication/token" # Change it if you want to use another environment.

$body = @{
	grant_type="client_credentials"
    client_id=$clientId
	client_secret=$clientSecret
}
$response = Invoke-WebRequest -Method POST -Uri $identityAddress -Headers $headers -Body $body
