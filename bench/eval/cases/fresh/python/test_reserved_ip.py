from unittest.mock import MagicMock

# ---------------------------------------------------------------------------
# Helper — build a minimal AnsibleModule-like mock
# ---------------------------------------------------------------------------

SUBNET_ID = "0717-subnet-aaaa-bbbb"
RIP_ID    = "0717-rip-1111-2222"


def make_module(params, check_mode=False):
    """Return a mock AnsibleModule with the given params."""
    m = MagicMock()
    m.params = {
        "ibmcloud_api_key": "fake-key",
        "region": "us-south",
        "state": "present",
        "resource_group": None,
        "subnet_id": SUBNET_ID,
        "name": None,
        **params,
    }
    m.check_mode = check_mode
    m.exit_json = MagicMock(side_effect=SystemExit(0))
    m.fail_json = MagicMock(side_effect=SystemExit(1))
    return m
