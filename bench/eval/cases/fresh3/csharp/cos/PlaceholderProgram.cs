    class Program
    {
         private const string accessKey = "PLACE YOUR ACCESS KEY HERE";
         private const string secretKey = "PLACE YOUR SECRET KEY HERE"; // do not store secret key hardcoded in your production source code!
         static void Main(string[] args)
         {
             var config = new AmazonS3Config
             {
                 RegionEndpoint = RegionEndpoint.USEast1,
                 ServiceURL = "http://localhost:9000",
                 ForcePathStyle = true
             };
             var amazonS3Client = new AmazonS3Client(accessKey, secretKey, config);
         }
    }
