package main

import (
  "context"

  _ "github.com/go-kivik/couchdb/v4"
  "github.com/go-kivik/kivik/v4"
  iam "github.com/MarkArts/kivik-couchdb-cloudant/authenticator"
)

const cloudantDSN = "https://{{uuid}}-bluemix.cloudantnosqldb.appdomain.cloud"
const apiKey = "{{ibmKey}}"

func setup() error {
  client, err := kivik.New("couch", cloudantDSN)
  if err != nil {
    return err
  }
  iamAuthenticator, err := iam.NewIAMAuthenticator(apiKey)
  if err != nil {
    return err
  }
  return client.Authenticate(context.TODO(), iamAuthenticator)
}
