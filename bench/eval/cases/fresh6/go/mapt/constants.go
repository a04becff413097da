package constants

const (
	EnvIBMCosAccessKeyID     = "IBM_COS_ACCESS_KEY_ID"
	EnvIBMCosSecretAccessKey = "IBM_COS_SECRET_ACCESS_KEY"
	EnvIBMCosEndpoint        = "IBM_COS_ENDPOINT"
	EnvIBMCloudAPIKey        = "IBMCLOUD_API_KEY"
)
