sysdig_monitor_url  = "us-south.monitoring.cloud.ibm.com"
iam_access_token    = "Bearer {{jwt:ibm-user}}"
logging_instance_id = "{{uuid}}"
