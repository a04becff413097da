#!/bin/bash

# Set up API Connect to have a catalog with a portal server. This is intended
# to be run after the Tech Jam environment is set up.

function apicHost {
  local service=$1
  echo "https://apim-demo-${service}-tools"
}

# set by parameters
adminUsername='admin'
adminPassword='{{pass:12}}'
cloudUIBaseURL="$(apicHost admin)"
keycloakBaseURL=''
keycloakRealm=''
portalServiceName='portal'
