from ibm_cloud_sdk_core.authenticators.iam_authenticator import IAMAuthenticator
from ibm_secrets_manager_sdk.secrets_manager_v2 import SecretsManagerV2

secretsManager = SecretsManagerV2(
    authenticator=IAMAuthenticator(apikey='{{ibmKey}}')
)
secretsManager.set_service_url('https://{{uuid}}.us-south.secrets-manager.appdomain.cloud')
