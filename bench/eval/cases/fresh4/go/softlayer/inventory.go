package main

import (
	"fmt"

	"github.com/softlayer/softlayer-go/services"
	"github.com/softlayer/softlayer-go/session"
)

func main() {
	sess := session.New("SL{{digits:6}}", "{{hex:64}}")
	guests, err := services.GetAccountService(sess).GetVirtualGuests()
	if err != nil {
		panic(err)
	}
	fmt.Println(len(guests))
}
