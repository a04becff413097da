# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/ibm-cloud/ibm" {
  version     = "1.70.0"
  constraints = ">= 1.63.0"
  hashes = [
    "h1:{{b64bytes:32}}",
    "zh:{{hex:64}}",
    "zh:{{hex:64}}",
    "zh:{{hex:64}}",
  ]
}
