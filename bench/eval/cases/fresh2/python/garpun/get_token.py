import requests
from oauthlib.oauth2 import WebApplicationClient

import socket
from contextlib import closing

from garpun.auth import CLIENT_ID, CLIENT_SECRET
from garpun import GARPUN_AUTH_URI, GARPUN_TOKEN_URI, GARPUN_TOKEN_INFO_URI


def find_free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(('', 0))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        return s.getsockname()[1]


client = WebApplicationClient(CLIENT_ID)
res = client.prepare_request_uri(GARPUN_AUTH_URI,
                                 scope=['meta.metaql'],
                                 redirect_uri="http://localhost:" + str(find_free_port()) + '/auth-callback',
                                 )

# http://localhost:51637/auth-callback?code=v2:{{jwt:other}}&state
print(u"res = %s" % str(res))

code = "v2:{{jwt:other}}"
headers = {
    'content-type': 'application/x-www-form-urlencoded',
}
body = client.prepare_request_body(code=code, client_secret=CLIENT_SECRET)
print(u"body = %s" % str(body))
resp = requests.post(GARPUN_TOKEN_URI, data=body, headers=headers)

print(u"resp.text = %s" % str(resp.text))


# {{hex:32#rt}}

# resp.text = {"scopes":["meta.metaql"],"token_type":"bearer","refresh_token":"{{hex:32#rt}}","access_token":"{{jwt:other}}","expires":300,"user_id":4501,"company_id":2891}
