using System.Net.Http;
using System.Net.Http.Headers;

public static class HttpClientExtensions
{
    internal static HttpClient AddBearerToken(this HttpClient client, string value)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
        return client;
    }
}

public class ResourceClient
{
    private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri("https://resource-controller.cloud.ibm.com") };

    public ResourceClient()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "{{jwt:ibm-user}}");
    }
}
