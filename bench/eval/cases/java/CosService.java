package com.example.storage;

import com.ibm.cloud.objectstorage.ClientConfiguration;
import com.ibm.cloud.objectstorage.auth.AWSCredentials;
import com.ibm.cloud.objectstorage.auth.AWSStaticCredentialsProvider;
import com.ibm.cloud.objectstorage.client.builder.AwsClientBuilder;
import com.ibm.cloud.objectstorage.oauth.BasicIBMOAuthCredentials;
import com.ibm.cloud.objectstorage.services.s3.AmazonS3;
import com.ibm.cloud.objectstorage.services.s3.AmazonS3ClientBuilder;

public class CosService {

  private String apiKey="{{ibmKey}}";
  private String location="us-east";
  private String endpoint="https://s3.us-east.cloud-object-storage.appdomain.cloud";
  private String serviceInstanceId="crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::";

  private final AmazonS3 s3Client;

  public CosService()  {
    s3Client = createClient(apiKey,serviceInstanceId,endpoint,location);
  }

  private static AmazonS3 createClient(String apiKey, String serviceInstanceId, String endpointUrl, String location)
  {
    AWSCredentials credentials = new BasicIBMOAuthCredentials(apiKey, serviceInstanceId);
    ClientConfiguration clientConfig = new ClientConfiguration()
            .withRequestTimeout(5000)
            .withTcpKeepAlive(true);

    return AmazonS3ClientBuilder
            .standard()
            .withCredentials(new AWSStaticCredentialsProvider(credentials))
            .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpointUrl, location))
            .withPathStyleAccessEnabled(true)
            .withClientConfiguration(clientConfig)
            .build();
  }

  static AmazonS3 archiveClient() {
    return createClient("{{ibmKey}}", "crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::",
        "https://s3.eu-de.cloud-object-storage.appdomain.cloud", "eu-de");
  }
}
