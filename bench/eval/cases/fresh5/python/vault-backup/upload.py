import boto3
import botocore
session = boto3.session.Session()
s3_client = session.client(
    service_name='s3',
    aws_access_key_id='{{hex:32}}',
    aws_secret_access_key='{{hex:32}}',
    endpoint_url='https://object.cscs.ch:443/v1/AUTH_{{hex:32}}',
    config=botocore.client.Config(signature_version='s3'),
)
