//import org.apache.spark
//import org.apache.spark.{Partition, SparkConf, SparkContext, rdd}
//import org.apache.spark.sql.{DataFrame, Row, SparkSession}
//import org.apache.spark.sql.functions._
//import org.apache.spark.sql.functions.col
//
//import scala.collection.mutable.ArrayBuffer
//
//class Transformations {
//  val nameColumns = ArrayBuffer[String]()
//  def dropColumns(inputDF: DataFrame, dropList: List[String]): DataFrame =
//    dropList.foldLeft(inputDF)((df, col) => df.drop(col))
//
//  val amountColumns:Int= 12
//  def getSimpleData(sc:SparkSession,csvFileURL:String):DataFrame = {
//    sc.sqlContext.read.format("csv")
//      .option("header", "true")
//      .option("inferSchema", "false")
//      .option("delimiter", ",")
//      .load(csvFileURL);
//  }
//  def getRealData(sc:SparkSession,jdcURL:String):DataFrame = {
//    Class.forName("com.ibm.db2.jcc.DB2Driver")
//    var props = new java.util.Properties();
//    props.setProperty("driver","com.ibm.db2.jcc.DB2Driver" );
//    props.setProperty("partitionColumn","YEAR")
//    props.setProperty("numPartitions","4")
//    val df = sc.read.jdbc(jdcURL,"{{UPPER:8}}.MYTABLE2",props)
//    return  df
//  }
//  def main(args: Array[String]): Unit = {
//    val jdbcURL = "jdbc:db2://dashdb-txn-sbox-yp-lon02-01.services.eu-gb.bluemix.net:50001/BLUDB:user={{lower:8}};password={{pass:16}};sslConnection=true;"
//    var counter = 0
//    nameColumns.insert(counter,"AMOUNT1")
//    val env: java.util.Map[String, String] = System.getenv
//    val spark = SparkSession.builder.
//      master("local")
//      .config("fs.cos.myCos.iam.service.id", env.get("ServiceID"))
//      //      .appName("spark session example")
//      //      .config("spark.testing.memory", "2147480000")
//      //      .config("fs.cos.myCos.endpoint", "s3.eu-de.cloud-object-storage.appdomain.cloud")
//      //      .config("fs.cos.myCos.iam.api.key","{{ibmKey}}")
//      //      .config("fs.stocator.cos.scheme", "cos")
//      //      .config("fs.stocator.cos.impl", "com.ibm.stocator.fs.cos.COSAPIClient")
//      //      .config("fs.cos.impl", "com.ibm.stocator.fs.ObjectStoreFileSystem")
//      //      .config("fs.stocator.scheme.list", "cos")
//      //      .config("fs.cos.myCos.access.key","{{hex:32}}")
//      //    .config("filename","file")
//      .config("fs.cos.myCos.secret.key",env.get("SecretKey"))
//      .config("fs.cos.myCos.v2.signer.type","true").getOrCreate()
//    val df1 = getSimpleData(spark, "data (6).csv")
//    val df3 = dropColumns(df1,nameColumns.toList)
//    df3.show()
//    spark.close()
//  }
//}
