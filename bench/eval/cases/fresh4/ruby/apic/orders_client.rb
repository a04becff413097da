require 'net/http'
require 'json'

uri = URI('https://api.eu-de.{{apic}}.appdomain.cloud/acme/sandbox/orders/v1/orders')
req = Net::HTTP::Get.new(uri)
req['X-IBM-Client-Id'] = '{{uuid}}'
req['X-IBM-Client-Secret'] = '{{apicSecret}}'
req['Accept'] = 'application/json'
res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
puts JSON.parse(res.body)
