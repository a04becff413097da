import Foundation
import UIKit
import VisualRecognition

class IngredientRecognition {
	static var shared: IngredientRecognition {
		get {
			if IngredientRecognition._instance == nil {
				IngredientRecognition._instance = IngredientRecognition()
			}
			return IngredientRecognition._instance!
		}
	}
	private static var _instance: IngredientRecognition? = nil
	private var visualRecognition: VisualRecognition
	
	
	init() {
		let authenticator = WatsonIAMAuthenticator(apiKey: "{{ibmKey}}")
		self.visualRecognition = VisualRecognition(version: "2018-03-19", authenticator: authenticator)
		visualRecognition.serviceURL = "https://api.us-south.visual-recognition.watson.cloud.ibm.com/instances/{{uuid}}"
	}
	
	func classify(image: UIImage, completion: @escaping ([String]) -> Void) {
		visualRecognition.classify(image: image, classifierIDs: ["food"]) { response, error in
			let classes = response?.result?.images.first?.classifiers.first?.classes.map { $0.class } ?? []
			completion(classes)
		}
	}
}
