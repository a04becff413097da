using Newtonsoft.Json;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ZATCAMAUI.Core.AppConfigurations;

namespace ZATCAMAUI.Core.Helper
{
    public static class HttpManager
    {
        private static readonly Lazy<HttpClient> _client = new Lazy<HttpClient>(() => new HttpClient() { Timeout = new TimeSpan(0, 3, 0) });

        public static HttpClient client => _client.Value;

        public static async Task<Tuple<T, bool, string>> GetAsync<T>(string requestUrl, bool isBasicAuth = true, string routPortCode = "99",bool isIBMCLient=false) where T : class
        {
            try
            {
                if (NetworkCheck.IsInternet())
                {
                    if (client.DefaultRequestHeaders.Contains("X-IBM-Client-Id"))
                    {

                        client.DefaultRequestHeaders.Remove("X-IBM-Client-Id");
                        client.DefaultRequestHeaders.Remove("X-IBM-Client-Secret");
                        client.DefaultRequestHeaders.Remove("LanguageCode");
                        client.DefaultRequestHeaders.Remove("routePortCode");

                    }
                    if (isBasicAuth)
                    {
                        AddBasicAuthToHeader(client);

                    }
                    if (isIBMCLient)
                    {
                        client.DefaultRequestHeaders.Add("X-IBM-Client-Id", PageSettings.GetClientID());
                        client.DefaultRequestHeaders.Add("X-IBM-Client-Secret", PageSettings.GetClientSecret());
                    }
                    else
                    {

                        client.DefaultRequestHeaders.Add("X-ZATCA-Client-Id", PageSettings.GetClientID());
                        client.DefaultRequestHeaders.Add("X-ZATCA-Client-Secret", PageSettings.GetClientSecret());
                    }
                    client.DefaultRequestHeaders.Remove("zatca-apikey");
                    client.DefaultRequestHeaders.Add("zatca-apikey", "{{b64bytes:32#z}}");
                    if (App.IsArabic)
                        client.DefaultRequestHeaders.Add("LanguageCode", "ar");
                    else
                        client.DefaultRequestHeaders.Add("LanguageCode", "en");
                    client.DefaultRequestHeaders.Add("routePortCode", routPortCode);
                    var response = await client.GetAsync(requestUrl);
                    if (response != null && response.IsSuccessStatusCode)
                    {
                        var responseJson = await response.Content.ReadAsStringAsync();
                        var JsonObject = JsonConvert.DeserializeObject<T>(responseJson);
                        return Tuple.Create(JsonObject, true, "");
                    }
                    return Tuple.Create((T)Activator.CreateInstance(typeof(T)), false, AppResources.ServerError);
                }
                else
                {
                    return Tuple.Create((T)Activator.CreateInstance(typeof(T)), false, AppResources.ZZInternetConnectionMessage);
                }

            }
            catch (System.Exception exp)
            {
                return Tuple.Create((T)Activator.CreateInstance(typeof(T)), false, AppResources.ServerErrorOrNoInternetConnection);
            }

        }

        private static void AddBasicAuthToHeader(HttpClient client, bool isEradQr = false)
        {
            if (isEradQr)
            {

                var authData = string.Format("{0}:{1}", "T2_USER", "{{pass:10}}");
                var authHeaderValue = Convert.ToBase64String(Encoding.UTF8.GetBytes(authData));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", authHeaderValue);
            }
            else
            {
                var authData = string.Format("{0}:{1}",ZATCAConstants.CustomUserNameAuthorization,ZATCAConstants.CustomPasswordAuthorization);
                var authHeaderValue = Convert.ToBase64String(Encoding.UTF8.GetBytes(authData));
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", authHeaderValue);
            }
        }

        public static async Task<HttpResponseMessage> PostAsync<T>(string requestUrl, T Data, bool isTahqaq = false, string token = "", bool isEradQr = false) where T : class
        {
            HttpClientHandler clientHandler = new HttpClientHandler();
            HttpClient client = new HttpClient(clientHandler);
            client.DefaultRequestHeaders.Add("zatca-apikey", "{{b64bytes:32#z}}");
            client.DefaultRequestHeaders.Add("LanguageCode", App.IsArabic ? "ar" : "en");
            if (token != "")
            {
                client.DefaultRequestHeaders.Add("Authorization", token);
            }
            if (isTahqaq)
            {
                client.DefaultRequestHeaders.Add("client_id", "{{hex:32}}");
                client.DefaultRequestHeaders.Add("Client_Secret", "{{hex:32}}");
            }
            else
            {
                client.DefaultRequestHeaders.Add("X-ZATCA-Client-Id", PageSettings.GetClientID());
                client.DefaultRequestHeaders.Add("X-ZATCA-Client-Secret", PageSettings.GetClientSecret());
            }
            AddBasicAuthToHeader(client, isEradQr);

            var JsonObject = JsonConvert.SerializeObject(Data);
            var content = new StringContent(JsonObject, Encoding.UTF8, "application/json");
            return await client.PostAsync(requestUrl, content).ConfigureAwait(false);
        }
    }
}
