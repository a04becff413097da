# pylint: disable=missing-docstring
import json

import jwt
import pytest
import responses

from ibm_cloud_sdk_core.authenticators import IAMAuthenticator, Authenticator


def test_iam_authenticator():
    authenticator = IAMAuthenticator(apikey='my_apikey')
    assert authenticator is not None
    assert authenticator.authentication_type() == Authenticator.AUTHTYPE_IAM
    assert authenticator.token_manager.url == 'https://iam.cloud.ibm.com'
    assert authenticator.token_manager.client_id is None
    assert authenticator.token_manager.client_secret is None


def test_iam_authenticator_with_client_id_and_secret():
    authenticator = IAMAuthenticator(apikey='my_apikey', client_id='my_client_id', client_secret='my_client_secret')
    assert authenticator.token_manager.client_id == 'my_client_id'
    assert authenticator.token_manager.client_secret == 'my_client_secret'
