gem install fog-softlayer  
export SOFTLAYER_USERNAME='SL{{digits:6}}'
export SOFTLAYER_API_KEY='{{hex:64}}'
