package main

import (
	"fmt"

	"github.com/IBM/go-sdk-core/core"
	"github.com/gin-gonic/gin"
	"github.com/watson-developer-cloud/go-sdk/v2/assistantv2"
)

func setupWatson() *assistantv2.AssistantV2 {
	authenticator := &core.IamAuthenticator{
		ApiKey: "{{ibmKey}}",
	}

	options := &assistantv2.AssistantV2Options{
		Version:       "{version}",
		Authenticator: authenticator,
	}

	assistant, assistantErr := assistantv2.NewAssistantV2(options)
	if assistantErr != nil {
		panic(assistantErr)
	}

	assistant.SetServiceURL("https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}")
	fmt.Print(assistant.Version)
	return assistant
}
