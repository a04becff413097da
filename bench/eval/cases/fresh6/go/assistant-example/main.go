package main

import (
	"fmt"

	"github.com/IBM/go-sdk-core/v5/core"
	"github.com/watson-developer-cloud/go-sdk/v2/assistantv2"
)

func main() {
	// Instantiate the Watson AssistantV2 service
	authenticator := &core.IamAuthenticator{
		ApiKey: "my-iam-apikey",
	}
	service, serviceErr := assistantv2.
		NewAssistantV2(&assistantv2.AssistantV2Options{
			URL:           "YOUR SERVICE URL",
			Version:       core.StringPtr("2017-04-21"),
			Authenticator: authenticator,
		})
	if serviceErr != nil {
		panic(serviceErr)
	}

	assistantID := "<YOUR ASSISTANT ID>"
	fmt.Println(assistantID)
}
