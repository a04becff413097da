terraform {
  backend "s3" {
    bucket                      = "terraform-backend-cos-standard-1ql"
    key                         = "demo/terraform.tfstate"
    region                      = "us-east"
    skip_region_validation      = true
    skip_credentials_validation = true
    skip_get_ec2_platforms      = true
    skip_requesting_account_id  = true
    skip_metadata_api_check     = true
    endpoint                    = "s3.us-east.cloud-object-storage.appdomain.cloud"
    access_key                  = "{{hex:32}}"
    secret_key                  = "{{hex:48}}"
  }
}
