$pair = "apiadmin:{{pass:12}}"
$encoded = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $encoded" }
Invoke-RestMethod -Uri "https://{{lit:apimanager}}.contoso.example/v1/orgs/contoso/environments" -Headers $headers
