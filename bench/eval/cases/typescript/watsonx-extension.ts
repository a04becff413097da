// https://dataplatform.cloud.ibm.com/docs/content/wsj/analyze-data/fm-credentials.html?context=wx&audience=wdp
// https://cloud.ibm.com/iam/apikeys
// https://cloud.ibm.com/docs/account?topic=account-iamtoken_from_apikey#response-curl

const WATSONX_KEY = `watsonx.apiKey`;
const WATSONX_ACCESS_TOKEN = `watsonx.accessToken`;

interface SecretStore {
  get(name: string): Promise<string | undefined>;
}

export async function getWatsonXAccessToken(store: SecretStore): Promise<string | undefined> {
  return store.get(WATSONX_ACCESS_TOKEN);
}

export async function initWatsonX(store: SecretStore): Promise<string> {
  const apiKey = (await store.get(WATSONX_KEY)) ?? '';
  const r = await fetch('https://iam.cloud.ibm.com/identity/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=${apiKey}`,
  });
  return ((await r.json()) as { access_token: string }).access_token;
}
