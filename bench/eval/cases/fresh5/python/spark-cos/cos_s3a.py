from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("COSTest").master("local[*]").getOrCreate()

s3accessKeyAws = "{{hex:32}}"
s3secretKeyAws = "{{hex:48}}"
connectionTimeOut = "600000"
s3endPointLoc = "https://s3.us-south.cloud-object-storage.appdomain.cloud"
sourceBucket = "cos-test-bucket"

spark.sparkContext._jsc.hadoopConfiguration().set("fs.s3a.endpoint", s3endPointLoc)
spark.sparkContext._jsc.hadoopConfiguration().set("fs.s3a.access.key", s3accessKeyAws)
spark.sparkContext._jsc.hadoopConfiguration().set("fs.s3a.secret.key", s3secretKeyAws)
