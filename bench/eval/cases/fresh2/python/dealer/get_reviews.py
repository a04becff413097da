from ibmcloudant.cloudant_v1 import CloudantV1
from ibm_cloud_sdk_core import ApiException
from ibm_cloud_sdk_core.authenticators import IAMAuthenticator


def main(param_dict):
    COUCH_URL = "https://{{uuid#acct}}-bluemix.cloudantnosqldb.appdomain.cloud"
    IAM_API_KEY = "{{ibmKey}}"
    COUCH_USERNAME = "{{uuid#acct}}-bluemix"
    try:
        authenticator = IAMAuthenticator(apikey=IAM_API_KEY)
        client = CloudantV1(authenticator=authenticator)
        client.set_service_url(COUCH_URL)
        review_database = client.post_all_docs(db="reviews", include_docs=True).get_result()
        reviews_list = review_database["rows"]
        dealership_id = param_dict["id"]
        return {"reviews": [r["doc"] for r in reviews_list if r["doc"].get("dealership") == dealership_id]}
    except ApiException as cloudant_exception:
        print("unable to connect")
        return {"error": cloudant_exception}
