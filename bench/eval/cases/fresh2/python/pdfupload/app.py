import os
import ibm_boto3
from ibm_botocore.client import Config, ClientError
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route('/upload', methods=['POST'])
def upload():
    if request.method == 'POST':
        f = request.files['file']
        u = request.form['name']
        x = request.form['roll']
        if f:
                basepath=os.path.dirname(__file__)
                filepath=os.path.join(basepath,'uploads',u+x+".pdf")
                f.save(filepath)
                COS_ENDPOINT ="https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints"
                COS_API_KEY_ID="{{ibmKey}}"
                COS_INSTANCE_CRN="crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::"
                cos=ibm_boto3.client("s3",ibm_api_key_id=COS_API_KEY_ID,ibm_service_instance_id=COS_INSTANCE_CRN,config=Config(signature_version="oauth"),endpoint_url=COS_ENDPOINT)
                cos.upload_file(Filename=filepath,Bucket='resumes',Key=u+x+".pdf")
    return render_template('index.html')
