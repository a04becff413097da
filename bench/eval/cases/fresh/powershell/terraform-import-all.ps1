# terraform-import-all.ps1
# Imports all existing IBM Cloud resources into Terraform state
# so that 'plan' shows 0 destroys before we apply.
#
# IDs taken directly from the terraform plan output (2026-08-16 run).
# Run this ONCE from workspace root after 'init -reconfigure'.

$env:IBMCLOUD_API_KEY = "{{ibmKey}}"
$env:TF_VAR_ibmcloud_api_key = $env:IBMCLOUD_API_KEY

$tf  = "C:\tools\tf198\terraform.exe"
$dir = "C:\Users\Admin\Documents\i3-Agentic-AI-Labs\platform\terraform"

# Write API key for the import calls
$tmpVars = "$dir\_api_key.auto.tfvars"
Set-Content -Path $tmpVars -Value "ibmcloud_api_key = `"$env:IBMCLOUD_API_KEY`"" -Encoding UTF8

function tf-import($address, $id) {
    Write-Host ""
    Write-Host "Importing: $address" -ForegroundColor Cyan
    Write-Host "       ID: $id"
    & $tf "-chdir=$dir" import -input=false $address $id
    if ($LASTEXITCODE -ne 0) {
        Write-Host "  -> already in state or not found (continuing)" -ForegroundColor Yellow
    }
}

Write-Host "=== Re-init ===" -ForegroundColor Yellow
& $tf "-chdir=$dir" init `
  "-backend-config=access_key=$env:TF_COS_ACCESS_KEY" `
  "-backend-config=secret_key=$env:TF_COS_SECRET_KEY" `
  -reconfigure 2>&1 | Select-Object -Last 3

Write-Host ""
Write-Host "=== Importing VPC ===" -ForegroundColor Green
tf-import "module.vpc.ibm_is_vpc.main"                               "r010-{{uuid#vpc}}"

Write-Host ""
Write-Host "=== Importing Subnets ===" -ForegroundColor Green
tf-import 'module.vpc.ibm_is_subnet.worker["eu-de-1"]'              "02b7-{{uuid}}"
tf-import 'module.vpc.ibm_is_subnet.worker["eu-de-2"]'              "02c7-{{uuid}}"

Write-Host ""
Write-Host "=== Importing ROKS Cluster ===" -ForegroundColor Green
tf-import "module.roks.ibm_container_vpc_cluster.main"               "{{lower:20#cl}}"

Write-Host ""
Write-Host "=== Importing IAM Trusted Profile ===" -ForegroundColor Green
tf-import "module.iam.ibm_iam_trusted_profile.workload_identity"     "Profile-{{uuid}}"

Remove-Item $tmpVars -Force -ErrorAction SilentlyContinue

Write-Host ""
Write-Host "=== Import complete. Now run: .\run-tf-plan.ps1 ===" -ForegroundColor Green
