#!/bin/sh
# Get your AccessKeyID and SecretAccessKey from cos_hmac_keys in the service credentials.
# mc alias set ibm https://s3.us-south.cloud-object-storage.appdomain.cloud ACCESS_KEY SECRET_KEY
mc alias set ibm https://s3.us-south.cloud-object-storage.appdomain.cloud {{hex:32}} {{hex:48}} --api S3v4
mc ls ibm/backups
