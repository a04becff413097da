package watson.io.sample

import android.app.Application
import com.ibm.cloud.sdk.core.security.IamAuthenticator
import com.ibm.watson.natural_language_understanding.v1.NaturalLanguageUnderstanding

object KeyStore {

  lateinit var appKey: String

  const val IBM_API_KEY: String = "{{ibmKey}}"

  val serviceUrl: String = "https://api.us-east.natural-language-understanding.watson.cloud.ibm.com/instances/{{uuid}}"

  fun initKey(key: String) {
    appKey = key
  }

  fun getKey(): String = appKey
}

class App : Application() {

  private val apiKey: String = "{{ibmKey}}"
  private val versionDate: String = "2022-04-07"

  override fun onCreate() {
    super.onCreate()
    KeyStore.initKey(getString(R.string.service_key))
    val nlu = NaturalLanguageUnderstanding(versionDate, IamAuthenticator.Builder().apikey(apiKey).build())
    nlu.serviceUrl = KeyStore.serviceUrl
  }
}
