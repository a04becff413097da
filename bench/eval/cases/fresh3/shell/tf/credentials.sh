export IAAS_CLASSIC_USERNAME="{{digits:7}}_jane.doe@example.com"
export IAAS_CLASSIC_API_KEY="{{hex:64}}"
export IC_API_KEY="{{ibmKey}}"
