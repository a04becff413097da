from sdcclient import SdcClient

apikey = '{{ibmKey}}'
sdc_url = 'https://us-south.monitoring.cloud.ibm.com'
ic_resource = '{{uuid}}'
sdclient = SdcClient(apikey, sdc_url=sdc_url, ic_resource=ic_resource)

json_res = sdclient.get_dashboards()
print(json_res)
