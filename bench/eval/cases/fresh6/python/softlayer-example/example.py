#!/usr/bin/env python
"""
    example
    ~~~~~~~
    This is an example of using the SoftLayer API Python Client.
"""
import SoftLayer
import pprint

# Usage:
# SoftLayer.Client(username=[Username], api_key=[API key])
username = '{{digits:6}}_{{lower:6}}@example.com'
api_key = '{{hex:64}}'

client = SoftLayer.Client(username=username, api_key=api_key)
pprint.pprint(client['Account'].getObject())
