package config

import (
	"os"

	"github.com/IBM/go-sdk-core/v5/core"
)

// NewAuthenticator reads EXAMPLE_SERVICE_APIKEY from the environment or ibm-credentials.env.
func NewAuthenticator() (core.Authenticator, error) {
	apikey := os.Getenv("EXAMPLE_SERVICE_APIKEY")
	if apikey == "" {
		return core.GetAuthenticatorFromEnvironment("example_service")
	}
	return core.NewIamAuthenticatorBuilder().SetApiKey(apikey).Build()
}
