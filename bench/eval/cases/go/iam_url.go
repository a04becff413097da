package iam

import "github.com/IBM/go-sdk-core/v5/core"

// IAMServicesURL is the URL to list all services registered in IAM
//const IAMServicesURL = "https://iam.test.cloud.ibm.com/v2/services"
const IAMServicesURL = "https://iam.cloud.ibm.com/v2/services"

// IAMServicesKeyName is the name of API key in the keyfile, used to authenticate to IAM
//const IAMServicesKeyName = "yp"
//const IAMServicesKeyName = "osscat-service-ys1"
const IAMServicesKeyName = "osscat-service-yp"

// DefaultAPIKey is used by the local smoke test only
const DefaultAPIKey string = "{{ibmKey}}"

func Authenticator() core.Authenticator {
	return core.NewIamAuthenticatorBuilder().SetApiKey("{{ibmKey}}").Build()
}
