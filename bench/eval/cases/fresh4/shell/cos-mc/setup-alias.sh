#!/bin/bash

MINIO_ALIAS="cos"
MINIO_URL="https://s3.eu-gb.cloud-object-storage.appdomain.cloud"
AWS_ACCESS_KEY="{{hex:32}}"
AWS_SECRET_KEY="{{hex:48}}"

mc alias set ${MINIO_ALIAS} ${MINIO_URL} ${AWS_ACCESS_KEY} ${AWS_SECRET_KEY}
mc alias ls
