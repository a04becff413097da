#!/usr/bin/env python
"""
SoftLayer external inventory script.
You have a few different options for configuring your username and api_key. You can pass
environment variables (SL_USERNAME and SL_API_KEY). You can also write INI file to
~/.softlayer or /etc/softlayer.conf.
"""
import os
import SoftLayer

client = SoftLayer.create_client_from_env(username=os.environ.get('SL_USERNAME'),
                                          api_key=os.environ.get('SL_API_KEY'))
