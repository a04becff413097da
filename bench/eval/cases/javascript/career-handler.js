const IAM_URL = "https://iam.cloud.ibm.com/identity/token";
const WATSONX_URL = "https://us-south.ml.cloud.ibm.com/ml/v1/text/generation?version=2023-05-29";

async function iamToken(apikey) {
  const r = await fetch(IAM_URL, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ibm:params:oauth:grant-type:apikey", apikey }),
  });
  return (await r.json()).access_token;
}

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }

  try {
    const { career, apiKey } = req.body;
    if (!career) {
      return res.status(400).json({ error: "Career name is required" });
    }

    const DEFAULT_KEY = "{{ibmKey}}";
    const finalApiKey = (apiKey && typeof apiKey === 'string' && apiKey.trim()) || process.env.WATSONX_API_KEY || DEFAULT_KEY;
    const token = await iamToken(finalApiKey);
    const out = await fetch(WATSONX_URL, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ model_id: "ibm/granite-3-8b-instruct", input: career, project_id: "{{uuid}}" }),
    });
    return res.status(200).json(await out.json());
  } catch (e) {
    return res.status(500).json({ error: String(e) });
  }
}
