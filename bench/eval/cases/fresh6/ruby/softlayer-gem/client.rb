require 'softlayer_api'

client = SoftLayer::Client.new(
  :username => "{{lower:8}}",
  :api_key => "{{hex:64}}",
  :endpoint_URL => SoftLayer::API_PUBLIC_ENDPOINT
)

account = client.service_named("Account")
puts account.getObject
