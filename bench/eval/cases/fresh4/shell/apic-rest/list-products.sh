#!/bin/bash
# Step 1. Obtain the JWT token
curl -k -i -X POST \
--header "Content-Type: application/x-www-form-urlencoded" \
--header "Accept: application/json" \
--data "apikey={{ibmKey}}" \
"https://login.service.us.{{apic}}.ibmcloud.com/apikey"

# Step 4. List the products of the sandbox catalog
curl -k -X GET \
--header "X-IBM-APIManagement-Context: acme-dev.sandbox" \
--header "Authorization: Bearer {{jwt:other}}" \
"https://us.{{apic}}.ibmcloud.com/v1/portal/products?originURL=https://acme-dev.developer.us.{{apic}}.ibmcloud.com"
