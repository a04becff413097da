package main

import (
	"log"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

func main() {
	client, err := minio.New("s3.us-south.cloud-object-storage.appdomain.cloud", &minio.Options{
		Creds:  credentials.NewStaticV4("{{hex:32}}", "{{hex:48}}", ""),
		Secure: true,
	})
	if err != nil {
		log.Fatal(err)
	}
	_ = client
}
