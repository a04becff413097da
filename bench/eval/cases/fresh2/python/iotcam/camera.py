import wiotp.sdk.device
import ibm_boto3
from ibm_botocore.client import Config, ClientError
from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import service_pb2_grpc

myConfig = {
    "identity": {"orgId": "{{lower:6}}", "typeId": "camera", "deviceId": "cam01"},
    "auth": {"token": "{{pass:18}}"}
}
clientx = wiotp.sdk.device.DeviceClient(config=myConfig, logHandlers=None)
clientx.connect()

stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_grpc_channel())

# This is how you authenticate.
metadata = (('authorization', 'Key {{hex:32}}'),)

COS_ENDPOINT= "https://s3.jp-tok.cloud-object-storage.appdomain.cloud"
COS_API_KEY_ID="{{ibmKey}}"
COS_AUTH_ENDPOINT="https://iam.cloud.ibm.com/identity/token"
COS_RESOURCE_CRN="crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::"

cos = ibm_boto3.resource("s3",
    ibm_api_key_id=COS_API_KEY_ID,
    ibm_service_instance_id=COS_RESOURCE_CRN,
    ibm_auth_endpoint=COS_AUTH_ENDPOINT,
    config=Config(signature_version="oauth"),
    endpoint_url=COS_ENDPOINT
)
