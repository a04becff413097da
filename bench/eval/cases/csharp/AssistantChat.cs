using IBM.Cloud.SDK.Core.Authentication.Iam;
using IBM.Watson.Assistant.V2;
using IBM.Watson.NaturalLanguageUnderstanding.V1;
using UnityEngine;
using UnityEngine.UI;

public class AssistantChat : MonoBehaviour
{
    public InputField userInputField;
    public Button sendButton;

    private AssistantService assistantService;
    private string assistantVersionDate = "2021-06-14";
    private string assistantId = "{{uuid}}";
    private string sessionId;

    void Start()
    {
        // Initialize Watson Assistant Service
        IamAuthenticator authenticator = new IamAuthenticator(apikey: "{{ibmKey}}");

        // Check if authenticator is correctly initialized
        if (authenticator.CanAuthenticate())
        {
            assistantService = new AssistantService(assistantVersionDate, authenticator);
            assistantService.SetServiceUrl("https://api.eu-gb.assistant.watson.cloud.ibm.com/instances/{{uuid}}");
        }
    }

    public void ToDetectIBM(string textToDetect)
    {
        IamAuthenticator authenticator = new IamAuthenticator(apikey: "---api key---");
        var nlu = new NaturalLanguageUnderstandingService("2020-08-01", authenticator);
        var fromConfig = new IamAuthenticator(apikey: "");
        Debug.Log(nlu + textToDetect + fromConfig + sessionId);
    }
}
