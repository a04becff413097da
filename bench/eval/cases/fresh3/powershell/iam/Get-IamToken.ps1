## Custom parameters
$apiKey = "{{ibmKey}}"
$identityAddress = "https://iam.cloud.ibm.com/identity/token"

## Retrieve token
Write-Host "Retrieving token..." -ForegroundColor Green
$headers = @{
	"Content-Type"="application/x-www-form-urlencoded"
	"Accept"="application/json"
}
$body = @{
	grant_type="urn:ibm:params:oauth:grant-type:apikey"
    apikey=$apiKey
}
$response = Invoke-WebRequest -Method POST -Uri $identityAddress -Headers $headers -Body $body

## Show the result
$content = $response.Content | ConvertFrom-Json
Write-Host "Authentication token: " -ForegroundColor Yellow -NoNewline 
Write-Host $content.access_token -ForegroundColor White
