import requests

class SdIbmCloud():
    IAM_ENDPOINT = {
        'stage': 'iam.test.cloud.ibm.com',
        'prod': 'iam.cloud.ibm.com'
    }

    def __init__(self, apikey, guid):
        self.apikey = apikey
        self.guid = guid

    def get_iam_token(self):
        resp = requests.post('https://' + self.IAM_ENDPOINT['prod'] + '/identity/token',
                             data={'grant_type': 'urn:ibm:params:oauth:grant-type:apikey', 'apikey': self.apikey})
        return resp.json()['access_token']

ibm = SdIbmCloud('{{ibmKey}}', '{{uuid}}')
