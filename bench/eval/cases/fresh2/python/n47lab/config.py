# N47Lab - IBM Quantum credentials (ibm_cloud channel)
API_TOKEN = "{{ibmKey}}"
CRN = "crn:v1:bluemix:public:quantum-computing:us-east:a/{{hex:32}}:{{uuid}}::"
DEFAULT_BACKEND = "ibm_fez"
SHOTS = 4096
