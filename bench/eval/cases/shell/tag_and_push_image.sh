#!/bin/bash

TAG=aon3
IC_API_KEY={{ibmKey}}
IC_ACC_ID={{hex:32}}

# login to cloud
ibmcloud login -a cloud.ibm.com -r eu-gb --apikey ${IBM_CLOUD_API_KEY}
ibmcloud login -a https://cloud.ibm.com -r us-east --apikey {{ibmKey}} -c $IC_ACC_ID
ibmcloud cr login

# docker agent login
echo -n $IC_API_KEY | docker login us.icr.io --username iamapikey --password-stdin
docker login -u iamapikey -p {{ibmKey}} de.icr.io

# build and push
docker tag ${IMAGE_NAME}:build ${REGISTRY_URL}/${NAMESPACE}/${IMAGE_NAME}:${IMAGE_TAG}
docker push ${REGISTRY_URL}/${NAMESPACE}/${IMAGE_NAME}:${IMAGE_TAG}
docker push us.icr.io/dev-hpass-rns/credential-issuer-api:${TAG}
