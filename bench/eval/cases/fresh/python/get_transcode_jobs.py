"""
Get transcode jobs with an arbitrary status.

Important manual pages:
http://sldn.softlayer.com/reference/services/SoftLayer_Network_Media_Transcode_Account/getTranscodeJobs

License: http://sldn.softlayer.com/article/License
Author: SoftLayer Technologies, Inc. <sldn@softlayer.com>
"""

import SoftLayer
import json

# The transcode account id from where you wish to get the jobs
transcodeAccountId = 1514

# Your SoftLayer API username and key.
USERNAME = 'SL{{digits:6}}'
API_KEY = '{{hex:64}}'

# Declares the service.
client = SoftLayer.Client(username=USERNAME, api_key=API_KEY)
transcodeAccountService = client['SoftLayer_Network_Media_Transcode_Account']

# Declares a filter to get only the jobs with an arbitrary status.
objectFilter = {"transcodeStatusName": {"operation": "Complete"}}

try:
    jobs = transcodeAccountService.getTranscodeJobs(id=transcodeAccountId, filter=objectFilter)
    print(json.dumps(jobs, sort_keys=True, indent=2, separators=(',', ': ')))
except SoftLayer.SoftLayerAPIError as e:
    print("Unable to get the transcode jobs. faultCode=%s, faultString=%s" % (e.faultCode, e.faultString))
