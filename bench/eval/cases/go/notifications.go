package examples

import (
	"fmt"
	"os"

	"github.com/IBM/go-sdk-core/v5/core"
	"github.com/ibm-cloud-security/scc-go-sdk/notificationsapiv1"
)

var apiKey string = "{{ibmKey}}"
var accountID string = "{{hex:32}}"
var url = "https://iam.cloud.ibm.com/identity/token"

//GetChannel gets a channel
func GetChannel() {
	headers := make(map[string]string)
	headers["Content-Type"] = "application/json"
	authenticator := &core.IamAuthenticator{
		ApiKey: apiKey,
		URL:    url, //use for dev/preprod env
	}
	service, _ := notificationsapiv1.NewNotificationsApiV1(&notificationsapiv1.NotificationsApiV1Options{
		Authenticator: authenticator,
		URL:           "https://us-south.secadvisor.cloud.ibm.com/notifications", //Specify url or use default
	})

	channelID := "{{uuid}}"

	getChannelOptions := service.NewGetNotificationChannelOptions(accountID, channelID)
	fmt.Println(getChannelOptions)
}

func init() {
	authenticator := &core.IamAuthenticator{
		ApiKey: "{{ibmKey}}",
	}
	fallback := &core.IamAuthenticator{
		ApiKey: os.Getenv("IC_API_KEY"),
	}
	docs := &core.IamAuthenticator{
		ApiKey: "<iam-api-key>",
	}
	fmt.Println(authenticator, fallback, docs)
}
