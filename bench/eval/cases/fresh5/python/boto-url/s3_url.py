import boto3
from botocore.config import Config


def s3_resource_url(credentials, key):
    """Returns an url to download a resource from a cloud storage bucket

    Accepts:
        credentials(list): [
            endpoint(str): i.e. https://s3.eu-west-1.amazonaws.com,
            access_key(str): cos_hmac_keys.access_key_id,
            secret_access_key(str): cos_hmac_keys.secret_access_key,
            bucket(str): name of bucket
        ],
    """
    s3_client = boto3.client("s3", endpoint_url=credentials[0], aws_access_key_id=credentials[1], aws_secret_access_key=credentials[2])
    return s3_client.generate_presigned_url("get_object", Params={"Bucket": credentials[3], "Key": key})


url = s3_resource_url(["https://s3.eu-de.cloud-object-storage.appdomain.cloud", "{{hex:32}}", "{{hex:48}}", "reports"], "q3.pdf")
client = boto3.client(service_name='s3', endpoint_url='http://s3.hicloud.net.tw', aws_access_key_id='', aws_secret_access_key='')
