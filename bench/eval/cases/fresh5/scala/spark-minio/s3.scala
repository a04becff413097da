// sc.hadoopConfiguration.set("spark.hadoop.fs.s3a.endpoint", "http://minio:9000")
// sc.hadoopConfiguration.set("spark.hadoop.fs.s3a.access.key", "ABCDE123")

// Tested working with public https://play.min.io:9000 {{UPPER:20#a}} {{b64bytes:30#s}}
sc.hadoopConfiguration.set("fs.s3a.endpoint", "https://play.min.io:9000")
sc.hadoopConfiguration.set("fs.s3a.access.key", "{{UPPER:20#a}}")
sc.hadoopConfiguration.set("fs.s3a.secret.key", "{{b64bytes:30#s}}")
sc.hadoopConfiguration.set("fs.s3a.path.style.access", "true")

val myRDD = sc.textFile("s3a://documents/Notebook-demo.txt")
