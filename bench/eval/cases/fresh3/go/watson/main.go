package main

import (
	"fmt"
	"os"

	"github.com/IBM/go-sdk-core/v5/core"
	"github.com/watson-developer-cloud/go-sdk/v3/assistantv2"
)

const assistantID = "{{uuid}}"

func main() {
	authenticator, err := core.NewIamAuthenticatorBuilder().
		SetApiKey("{{ibmKey}}").
		Build()
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	service, err := assistantv2.NewAssistantV2(&assistantv2.AssistantV2Options{
		Version:       core.StringPtr("2021-06-14"),
		Authenticator: authenticator,
	})
	if err != nil {
		panic(err)
	}
	service.SetServiceURL(os.Getenv("ASSISTANT_URL"))
	fmt.Println(assistantID)
}
