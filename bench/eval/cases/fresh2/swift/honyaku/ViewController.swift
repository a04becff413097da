import UIKit
import LanguageTranslator
import ToneAnalyzer

class ViewController: UIViewController {

    @IBOutlet weak var inputTextView: UITextView!
    @IBOutlet weak var resultLabel: UILabel!

    @IBAction func tapButton(_ sender: Any) {
        //LanguageTranslatorの呼び出し
        languageTranslator()
        
        //toneAnalyzerの呼び出し
        toneAnalyzer()
    }
    
    // MARK: - LanguageTranslator
    //LanguageTranslator(言語変換機能)用メソッド
    func languageTranslator() {
        
        //APIを認証するためのAPIキーとversionとurlを定義
        let apiKey = WatsonIAMAuthenticator(apiKey: "{{ibmKey}}")
        
        let languageTranslator = LanguageTranslator(version: "2018-05-01", authenticator: apiKey)
            languageTranslator.serviceURL = "https://api.jp-tok.language-translator.watson.cloud.ibm.com"
        
        //SSL検証を無効化(不要？)
        languageTranslator.disableSSLVerification()
    }

    // MARK: - ToneAnalyzer
    func toneAnalyzer() {
        let authenticator = WatsonIAMAuthenticator(apiKey: "{{ibmKey}}")
        let toneAnalyzer = ToneAnalyzer(version: "2017-09-21", authenticator: authenticator)
        toneAnalyzer.serviceURL = "https://api.jp-tok.tone-analyzer.watson.cloud.ibm.com"
    }
}
