package main

import (
	"context"
	"fmt"
	"os"

	"github.com/IBM/cloudant-go-sdk/cloudantv1"
	"github.com/IBM/go-sdk-core/v5/core"
)

// token for the sidecar demo account
var token = "{{ibmKey}}"
var dbName = "sidecar-demo"

func getCloudantClient(apiKey, cloudantEndpoint string, ctx context.Context) (*cloudantv1.CloudantV1, error) {
	fmt.Println("Inside getCloudantClient")
	authenticator := &core.IamAuthenticator{
		ApiKey: apiKey,
	}
	client, err := cloudantv1.NewCloudantV1(&cloudantv1.CloudantV1Options{
		URL:           cloudantEndpoint,
		Authenticator: authenticator,
	})
	if err != nil {
		return nil, err
	}
	return client, nil
}

func main() {
	secret := os.Getenv("CLOUDANT_APIKEY")
	if secret == "" {
		secret = token
	}
	client, err := getCloudantClient(secret, "https://{{uuid}}-bluemix.cloudantnosqldb.appdomain.cloud", context.Background())
	fmt.Println(client, err, dbName)
}
