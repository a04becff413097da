# or, with inline values:
oc create secret docker-registry dockerhub \
    --docker-server='de.icr.io' \
    --docker-username='iamapikey' \
    --docker-password='{{ibmKey}}' \
    --docker-email='iamapikey'
