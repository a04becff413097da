using IBM.Watson.TextToSpeech.V1;
using IBM.Cloud.SDK.Authentication.Iam;
using UnityEngine;

public class ExampleTextToSpeech : MonoBehaviour
{
    [Space(10)]
    [Tooltip("The IAM apikey.")]
    [SerializeField]
    private string iamApikey = "{{ibmKey}}";
    [Tooltip("The service URL (optional).")]
    [SerializeField]
    private string serviceUrl = "https://api.us-south.text-to-speech.watson.cloud.ibm.com/instances/{{uuid}}";

    private TextToSpeechService service;

    void Start()
    {
        IamAuthenticator authenticator = new IamAuthenticator(apikey: iamApikey);
        service = new TextToSpeechService(authenticator);
    }
}
