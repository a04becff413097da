import UIKit
import Assistant

@main
class AppDelegate: UIResponder, UIApplicationDelegate {



    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        let authenticator = WatsonIAMAuthenticator(apiKey: "{{ibmKey}}")
        let assistant = Assistant(version: "{version}", authenticator: authenticator)
        assistant.serviceURL = "https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}"

        assistant.disableSSLVerification()
        return true
    }
}
