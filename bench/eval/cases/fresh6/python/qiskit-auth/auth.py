from __future__ import annotations

from requests.auth import AuthBase


class CloudAuth(AuthBase):
    """Attaches IBM Cloud Authentication to the given Request object."""

    def __init__(self, api_key: str, crn: str):
        self.api_key = api_key
        self.crn = crn

    def __call__(self, r):
        r.headers.update({"Authorization": f"apikey {self.api_key}", "Service-CRN": self.crn})
        return r
