"""Fixtures for the token middleware tests."""
import jwt
import pytest

# The following truncated example shows a retrieved IAM token: Bearer eyJraWQiOiIyM...
APPID_ID_TOKEN = "{{jwt:appid}}"
IAM_ACCESS_TOKEN = "{{jwt:ibm-expired}}"
MALFORMED = "eyJhbGciOiJIUzI1NiJ9.not-json.sig"


@pytest.fixture
def claims():
    return jwt.decode(APPID_ID_TOKEN, options={"verify_signature": False})


def test_iss(claims):
    assert claims["iss"].startswith("https://us-south.appid.cloud.ibm.com/oauth/v4/")
    assert jwt.decode(IAM_ACCESS_TOKEN, options={"verify_signature": False})["iss"] == "https://iam.cloud.ibm.com/identity"
