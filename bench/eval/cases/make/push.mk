NAMESPACE=cicd-casestudy
LOCAL_TAG=cicd-casestudy-app:$(GITHUB_SHA)
BASE_REMOTE=icr.io
REMOTE_TAG=$(BASE_REMOTE)/$(NAMESPACE)/$(LOCAL_TAG)
ICR_APIKEY = {{ibmKey}}

### Push image to IBM Cloud
check-api-key:
ifndef API_KEY
	$(error Please set API_KEY=..)
endif

push: check-api-key
	ibmcloud login --apikey $(API_KEY)
	ibmcloud cr login
	ibmcloud cr namespace-add $(NAMESPACE)
	docker login -u iamapikey -p $(ICR_APIKEY) $(BASE_REMOTE)
	docker tag $(LOCAL_TAG) $(REMOTE_TAG)
	docker push $(REMOTE_TAG)
