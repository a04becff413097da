require "aws-sdk-s3"
require "ibm_cloud_sdk_core"

module CosUploader
  ENDPOINT = "https://s3.us-south.cloud-object-storage.appdomain.cloud"
  IAM_URL = "https://iam.cloud.ibm.com/identity/token"
  DEFAULT_KEY = "{{ibmKey}}"

  def self.client
    Aws::S3::Client.new(
      endpoint: ENDPOINT,
      region: "us-standard",
      access_key_id: ENV.fetch("COS_HMAC_ACCESS_KEY_ID"),
      secret_access_key: ENV.fetch("COS_HMAC_SECRET_ACCESS_KEY")
    )
  end

  def self.archive_client
    Aws::S3::Client.new(
      endpoint: ENDPOINT,
      region: "us-standard",
      access_key_id: "{{hex:32}}",
      secret_access_key: "{{hex:48}}"
    )
  end
end
