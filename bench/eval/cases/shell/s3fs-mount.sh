#!/bin/sh
# Mount the COS bucket with s3fs (HMAC credentials from the service credential)
echo "{{hex:32}}:{{hex:48}}" > ${HOME}/.passwd-s3fs
chmod 600 ${HOME}/.passwd-s3fs
echo "$ACCESS_KEY_ID:$SECRET_ACCESS_KEY" > /etc/passwd-s3fs
echo "ACCESS_KEY_ID:SECRET_ACCESS_KEY" > /tmp/passwd-s3fs.example
s3fs my-bucket /mnt/cos -o passwd_file=${HOME}/.passwd-s3fs -o url=https://s3.us.cloud-object-storage.appdomain.cloud
