#!/bin/bash
# list the hostnames on the account
curl -u SL{{digits:7}}:{{hex:64}} "https://api.softlayer.com/rest/v3/SoftLayer_Account/getObject?objectMask=hardware.hostname;hourlyVirtualGuests.hostname"
