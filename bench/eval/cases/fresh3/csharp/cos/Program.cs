    using Amazon.S3;
    using System;
    using System.Threading.Tasks;
    using Amazon;
    class Program
    {
         private const string accessKey = "{{hex:32}}";
         private const string secretKey = "{{hex:48}}"; // do not store secret key hardcoded in your production source code!
         static void Main(string[] args)
         {
             Task.Run(MainAsync).GetAwaiter().GetResult();
         }
         private static async Task MainAsync()
         {
             var config = new AmazonS3Config
             {
                 ServiceURL = "https://s3.us-south.cloud-object-storage.appdomain.cloud",
                 ForcePathStyle = true
             };
             var amazonS3Client = new AmazonS3Client(accessKey, secretKey, config);
             var listBucketResponse = await amazonS3Client.ListBucketsAsync();
         }
    }
