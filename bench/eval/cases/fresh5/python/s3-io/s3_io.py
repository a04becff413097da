"""S3-compatible I/O utilities."""

import os


def get_storage_options() -> dict:
    endpoint = os.environ.get("S3_ENDPOINT_URL")
    if not endpoint:
        return {}
    return {
        "endpoint_url": endpoint,
        "key": os.environ["AWS_ACCESS_KEY_ID"],
        "secret": os.environ["AWS_SECRET_ACCESS_KEY"],
    }
