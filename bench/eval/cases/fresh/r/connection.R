# connection.R
# Connect to the files in object storage using a Spark connector
# 1. female_human_trafficking.csv
# 2. trafficking_results.csv

# First obtain the object storage credentials - you can get these from the Lab-1 notebook. 

# ************************   INSERT OBJECT STORAGE CREDENTIALS  **************************************

credentials <-list(
  endpoint = "https://s3-api.us-geo.objectstorage.service.networklayer.com",
  api.key = "{{ibmKey}}",
  service.id = "crn:v1:bluemix:public:cloud-object-storage:global:a/{{hex:32}}:{{uuid}}::",
  bucket.name = "trafficking-data",
  file.name = "female_human_trafficking.csv",
  iam.service.endpoint = "https://iam.ng.bluemix.net/oidc/token")


# First, connect to the Spark service using sparklyr's spark_connect function. 
library(sparklyr)
library(dplyr)
kernels <- list_spark_kernels()
sc <- spark_connect(config = kernels[1])

# Stocator does require you to set your Cloud Object Storage credentials in Hadoop Configuration, 
# so we need to get Java Context from sparkcontext to set hadoop configuration values for Stocator.

ctx <- sparklyr::spark_context(sc)
jsc <- invoke_static( sc, "org.apache.spark.api.java.JavaSparkContext", "fromSparkContext", ctx )

# Now we will set the Hadoop configuration since using java spark context
hconf <- jsc %>% invoke("hadoopConfiguration")
hconf %>% invoke("set","fs.cos.myCos.iam.api.key", paste(credentials["api.key"]))
hconf %>% invoke("set","fs.cos.myCos.iam.service.id", paste(credentials["sevice.id"]))
hconf %>% invoke("set","fs.cos.myCos.endpoint", paste(credentials["endpoint"]))

path <- paste("cos://",paste(credentials["bucket.name"]),".myCos/female_human_trafficking.csv",sep="")

spark_female_human_trafficking_df <- spark_read_csv(sc,name = "female_human_trafficking_tbl",path = path)
r_female_human_trafficking_df <- collect(spark_female_human_trafficking_df)
