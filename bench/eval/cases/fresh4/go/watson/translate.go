package main

import (
	"github.com/IBM/go-sdk-core/v5/core"
	"github.com/watson-developer-cloud/go-sdk/v3/languagetranslatorv3"
)

func client() *languagetranslatorv3.LanguageTranslatorV3 {
	auth, _ := core.NewIamAuthenticatorBuilder().SetApiKey("{{key:56}}").Build()
	svc, _ := languagetranslatorv3.NewLanguageTranslatorV3(&languagetranslatorv3.LanguageTranslatorV3Options{
		Version:       core.StringPtr("2018-05-01"),
		Authenticator: auth,
	})
	return svc
}
