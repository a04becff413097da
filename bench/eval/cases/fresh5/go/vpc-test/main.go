package main

import (
	"fmt"

	"github.com/IBM/go-sdk-core/v5/core"
	"github.com/IBM/vpc-go-sdk/vpcv1"
)

var URL = "https://us-south.iaas.cloud.ibm.com/v1"

const IAMURL = "https://iam.cloud.ibm.com/identity/token"

var APIKey = "{{ibmKey}}"

func main() {
	_, vpcServiceErr := vpcv1.NewVpcV1(&vpcv1.VpcV1Options{
		URL: URL,
		Authenticator: &core.IamAuthenticator{
			ApiKey: APIKey,
			URL:    IAMURL,
		},
	})
	if vpcServiceErr != nil {
		fmt.Println("ServiceError -", vpcServiceErr)
	}
}
