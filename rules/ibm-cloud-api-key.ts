import { CONTEXT_REACH, charBefore, contextNames, linesAround } from '../src/engine/context.js';
import { randomShape } from '../src/engine/entropy.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { Rule } from '../src/engine/rule.js';

// IBM Cloud IAM API keys have no prefix: 44 characters of base64url (reference/ibm-credentials.md §1.1).
// The bare shape matches any nonce or hash, so a candidate counts only when the name it is assigned to,
// or the call it is passed to, is an IBM API key name.

/** Names of other vendors' keys, which share the `api_key` wording but are not IBM's. */
const OTHER_VENDOR =
  /aws|amazon|google|gcp|firebase|azure|openai|anthropic|stripe|github|gitlab|slack|twilio|sendgrid|mailgun|mailchimp|datadog|algolia|mapbox|heroku|shopify|paypal|newrelic|sentry|pagerduty|cloudflare|digitalocean|hubspot|zendesk|okta|auth0|segment|mixpanel|youtube|maps/;

/** What follows `apikey` in a name that holds something about a key rather than the key (`apikey_id`, `apiKeyHeader`). */
const ABOUT_THE_KEY =
  /^[ _.-]?(?:ids?|names?|desc|description|crn|url|uri|endpoint|header|param|field|type|hash|sha|digest|checksum|fingerprint|len|length|size|count|prefix|suffix|path|file|env|var|ref|version|created|expir|label|title|help|hint|format|pattern|regex|location|locked|disabled|history)(?![a-z])/;

/** Prefixes of other vendors' tokens: a value that starts so is theirs, not IBM's. */
const OTHER_VENDOR_VALUE = /^(?:gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|sk_live_|sk_test_|rk_live_|AIza|AKIA|ASIA|npm_|shpat_|dop_v1_)/;

/** `ibm_key`, `cloud-pwd`, `iampassword`, `bluemix_creds`…: what the last branch of `isIbmKeyName` needs. */
const PAIRED_KEYWORDS = ['ibm', 'bluemix', 'cloud', 'iam'].flatMap((a) =>
  ['', '_', '-'].flatMap((sep) => ['key', 'pwd', 'pass', 'cred'].map((b) => `${a}${sep}${b}`)),
);

/** Does this name mark its value as an IBM Cloud API key? */
export function isIbmKeyName(name: string): boolean {
  const n = name.toLowerCase();
  if (OTHER_VENDOR.test(n)) return false;
  // apikey, api_key, API key, IBMCLOUD_API_KEY, IC_API_KEY, SetApiKey, <SERVICE>_APIKEY, iamapikey (the registry user)
  const key = /^.*api[ _.-]?key/.exec(n);
  if (key) return !ABOUT_THE_KEY.test(n.slice(key[0].length));
  if (/iam_?authenticator$/.test(n)) return true; // IAMAuthenticator('…'), new IamAuthenticator(…)
  if (n.endsWith('require-whisk-auth')) return true; // Cloud Functions web action secret, an API key in IBM's own detector
  // IBM_CLOUD_KEY, ibmKey, bluemix_key, and the names IBM's own detector reads: ibm_password, ibm-cloud-pwd,
  // ibm-cloud-creds, ibm_cloud_iam-key, iam-password.
  return /(?:ibm|bluemix|cloud|iam)[_-]?(?:key|pwd|pass|passwd|password|creds?|credentials)$/.test(n);
}

/**
 * The password of the `iamapikey` user is an IBM Cloud API key: `docker login -u iamapikey -p …`,
 * `{"username": "iamapikey", "password": "…"}` (IBM Cloud Container Registry).
 */
function isRegistryPassword(text: string, start: number, names: readonly string[]): boolean {
  if (!names.some((n) => /^p$|pass$|passwd$|password$|pwd$/i.test(n))) return false;
  const [from, to] = linesAround(text, start, start, 1, 300);
  return /iamapikey/i.test(text.slice(from, to));
}

export const ibmCloudApiKey: Rule = {
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud API key',
  message: 'IBM Cloud API key',
  severity: 'error',
  // Each name `isIbmKeyName` accepts holds one of these; `iamapikey` (the registry user) holds `apikey`.
  keywords: ['apikey', 'api_key', 'api-key', 'api.key', 'api key', 'authenticator', 'whisk-auth', ...PAIRED_KEYWORDS],
  near: CONTEXT_REACH + 200,
  // `.` before the value is member access (`process.env.X`, `.Values.x`), never a value.
  pattern: /(?<![A-Za-z0-9_+/.-])(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_+/=-]|\.[A-Za-z0-9_-])/dg,
  validate(match, { text }) {
    const start = match.index;
    const key = match[0];
    if ('$%{@'.includes(charBefore(text, start))) return { ok: false, reason: 'reference, not a value' };
    const names = contextNames(text, start);
    if (!names.some(isIbmKeyName) && !isRegistryPassword(text, start, names)) {
      return { ok: false, reason: 'no IBM API key name before the value' };
    }
    const placeholder = placeholderReason(key);
    if (placeholder) return { ok: false, reason: placeholder };
    if (OTHER_VENDOR_VALUE.test(key)) return { ok: false, reason: "another vendor's token prefix" };
    const shape = randomShape(key, 3.6);
    return shape.ok ? { ok: true } : shape;
  },
  examples: {
    positive: [
      { path: '.env', text: (g) => `IBMCLOUD_API_KEY=${g.ibmKey()}\n` },
      { path: '.env', text: (g) => `export IC_API_KEY="${g.ibmKey()}"\n` },
      { path: '.env', text: (g) => `BM_API_KEY='${g.ibmKey()}'\n` },
      {
        path: 'ibm-credentials.env',
        text: (g) => `NATURAL_LANGUAGE_UNDERSTANDING_AUTH_TYPE=iam\nNATURAL_LANGUAGE_UNDERSTANDING_APIKEY=${g.ibmKey()}\n`,
      },
      { path: 'creds.json', text: (g) => `{\n  "apikey": "${g.ibmKey()}",\n  "iam_apikey_name": "auto-generated"\n}\n` },
      { path: 'creds.json', text: (g) => `{"iam_apikey": "${g.ibmKey()}"}` },
      { path: 'config.yaml', text: (g) => `ibm:\n  api_key: ${g.ibmKey()}\n` },
      { path: 'config.toml', text: (g) => `[cloud]\napiKey = "${g.ibmKey()}"\n` },
      { path: 'app.properties', text: (g) => `ibm.cloud.Apikey=${g.ibmKey()}\n` },
      { path: 'main.tf', text: (g) => `provider "ibm" {\n  ibmcloud_api_key = "${g.ibmKey()}"\n}\n` },
      {
        path: 'variables.tf',
        text: (g) => `variable "ibmcloud_api_key" {\n  type    = string\n  default = "${g.ibmKey()}"\n}\n`,
        reason: 'a Terraform default under a key-named variable',
      },
      { path: 'auth.ts', text: (g) => `const auth = new IamAuthenticator({ apikey: '${g.ibmKey()}' });\n` },
      { path: 'auth.js', text: (g) => `const iamApiKey =\n  '${g.ibmKey()}';\n`, reason: 'value wrapped onto the next line' },
      { path: 'auth.py', text: (g) => `authenticator = IAMAuthenticator('${g.ibmKey()}')\n` },
      { path: 'auth.py', text: (g) => `service = VisualRecognitionV3(apikey='${g.ibmKey()}', version='2018-03-19')\n` },
      {
        path: 'auth.go',
        text: (g) => `auth, _ := core.NewIamAuthenticatorBuilder().SetApiKey("${g.ibmKey()}").Build()\n`,
      },
      { path: 'auth.go', text: (g) => `authenticator := &core.IamAuthenticator{\n\tApiKey: "${g.ibmKey()}",\n}\n` },
      { path: 'Auth.java', text: (g) => `IamAuthenticator auth = new IamAuthenticator.Builder().apikey("${g.ibmKey()}").build();\n` },
      { path: 'deploy.sh', text: (g) => `ibmcloud login --apikey ${g.ibmKey()} -r us-south\n` },
      { path: 'deploy.sh', text: (g) => `curl -u "apikey:${g.ibmKey()}" https://api.us-south.speech-to-text.watson.cloud.ibm.com/v1/models\n` },
      { path: 'deploy.sh', text: (g) => `kubectl create secret generic ibm --from-literal=apikey=${g.ibmKey()}\n` },
      { path: 'deploy.sh', text: (g) => `ibmcloud fn action invoke hello --param apikey ${g.ibmKey()}\n` },
      {
        path: 'docker-compose.yml',
        text: (g) => `services:\n  app:\n    environment:\n      - IBMCLOUD_API_KEY=${g.ibmKey()}\n`,
      },
      {
        path: 'k8s.yaml',
        text: (g) => `env:\n  - name: IBMCLOUD_API_KEY\n    value: "${g.ibmKey()}"\n`,
        reason: 'Kubernetes name/value pair',
      },
      { path: 'notes.md', text: (g) => `Call https://iam.cloud.ibm.com/identity/token?apikey=${g.ibmKey()}&x=1\n` },
      {
        path: 'analysis.ipynb',
        text: (g) => `   "source": [\n    "import os\\n",\n    "os.environ[\\"IBMCLOUD_API_KEY\\"] = \\"${g.ibmKey()}\\"\\n"\n   ]\n`,
        reason: 'JSON-escaped notebook source line',
      },
      {
        path: 'token.http',
        text: (g) =>
          `POST https://iam.cloud.ibm.com/identity/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=${g.ibmKey()}\n`,
      },
      {
        path: 'call.sh',
        text: (g) => `curl -H "Authorization: Basic ${g.base64(`apikey:${g.ibmKey()}`)}" https://api.us-south.speech-to-text.watson.cloud.ibm.com/v1/models\n`,
        reason: 'curl -u apikey:… sent as a header: the Basic credentials decode to apikey:<key>',
      },
      {
        path: 'call.js',
        text: (g) => `fetch(url, { headers: { 'X-Require-Whisk-Auth': '${g.ibmKey()}' } });\n`,
        reason: 'Cloud Functions web action secret',
      },
      { path: 'push.sh', text: (g) => `docker login -u iamapikey -p ${g.ibmKey()} us.icr.io\n`, reason: 'Container Registry: the iamapikey user' },
      {
        path: 'pull.json',
        text: (g) => `{"auths": {"de.icr.io": {"username": "iamapikey", "password": "${g.ibmKey()}"}}}\n`,
        reason: 'a docker config for IBM Cloud Container Registry',
      },
      { path: 'README.md', text: (g) => `The demo account's API key: \`${g.ibmKey()}\`\n`, reason: '"API key" in prose' },
      { path: 'notes.md', text: (g) => `| apikey | \`${g.ibmKey()}\` |\n`, reason: 'a Markdown table' },
      { path: 'cfg.py', text: (g) => `IBM_CLOUD_KEY = "${g.ibmKey()}"\n` },
      {
        path: 'env.postman_environment.json',
        text: (g) => `{"values": [{"key": "apikey", "value": "${g.ibmKey()}", "enabled": true}]}\n`,
        reason: 'a key/value pair (Postman environment)',
      },
      {
        path: 'secret.yaml',
        text: (g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ibm\ndata:\n  apikey: ${g.base64(g.ibmKey())}\n`,
        reason: 'base64 under data: of a Kubernetes Secret',
      },
      {
        path: 'values.yaml',
        text: (g) => `ibmcloud_api_key:\n  description: the deploy key\n  default: ${g.ibmKey()}\n`,
        reason: 'a holder under a key-named parent',
      },
      { path: 'settings.py', text: (g) => `ibm_password = "${g.ibmKey()}"\n`, reason: "a name IBM's own detector reads" },
      { path: 'deploy.env', text: (g) => `ibm-cloud-creds=${g.ibmKey()}\n`, reason: "a name IBM's own detector reads" },
    ],
    negative: [
      { text: 'IBMCLOUD_API_KEY=<API_KEY>\n', reason: 'placeholder in angle brackets' },
      { text: 'IBMCLOUD_API_KEY=YOUR_API_KEY\n', reason: 'placeholder word' },
      { text: 'apikey: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', reason: 'masked value: one repeated character' },
      { text: 'apikey: "********************************************"\n', reason: 'masked value' },
      { text: 'apikey = changeme\n', reason: 'placeholder word' },
      { text: 'apikey: [REDACTED]\n', reason: 'redacted marker' },
      { text: 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n', reason: 'shell variable reference' },
      { text: 'IBMCLOUD_API_KEY=$(cat /run/secrets/ibm_api_key_for_the_deploy_pipeline_x)\n', reason: 'command substitution' },
      { text: 'apikey: ((ibmcloud_api_key_for_the_concourse_pipeline_prod))\n', reason: 'Concourse variable' },
      { text: 'apikey: {{ .Values.ibmcloud.apikeyForTheProductionCluster1 }}\n', reason: 'Helm template' },
      { path: 'a.js', text: 'const apikey = process.env.IBMCLOUD_API_KEY_FOR_THE_PRODUCTION_ACCOUNT;\n', reason: 'environment reference (JS)' },
      { path: 'a.py', text: 'apikey = os.environ["IBMCLOUD_API_KEY_FOR_THE_PRODUCTION_ACCOUNT"]\n', reason: 'environment reference (Python)' },
      { path: 'a.go', text: 'ApiKey: os.Getenv("IBMCLOUD_API_KEY_FOR_THE_PRODUCTION_ACCOUNT"),\n', reason: 'environment reference (Go)' },
      { path: 'A.java', text: '.apikey(System.getenv("IBMCLOUD_API_KEY_FOR_THE_PRODUCTION_ACCOUNT"))\n', reason: 'environment reference (Java)' },
      { text: 'apikey: ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr\n', reason: 'sequential characters' },
      { text: 'apikey: abababababababababababababababababababab12\n', reason: 'low entropy' },
      { text: (g) => `nonce: "${g.ibmKey()}"\n`, reason: 'a 44-char base64url value with no credential name' },
      { text: (g) => `csrf_token = '${g.ibmKey()}'\n`, reason: 'CSRF token, not an IBM key' },
      { text: (g) => `ids: ["${g.ibmKey()}", "${g.ibmKey()}"]\n`, reason: 'a list of ids' },
      { text: (g) => `"integrity": "sha512-${g.ibmKey()}${g.ibmKey()}=="\n`, reason: 'integrity hash' },
      { text: (g) => `digest: ${g.ibmKey()}=\n`, reason: 'padded base64 content hash' },
      { text: (g) => `GOOGLE_API_KEY=${g.ibmKey()}\n`, reason: "another vendor's key name" },
      {
        text: 'apikey: crn:v1:bluemix:public:iam-identity::a/4a266ea1809a2abae95496221359b2a2::apikey:ApiKey-1809d888-49bc-4c68-a084-28316bbf383b\n',
        reason: 'a CRN',
      },
      { text: 'apikey_id: ApiKey-3baff598-ddf1-4c44-9424-3255e57361a3\n', reason: 'API key id (UUID)' },
      { text: 'api_key_account: 4a266ea1809a2abae95496221359b2a2\n', reason: '32-hex account id' },
      { text: 'apikey_commit: 3f786850e387550fdab836ed7e6dc881de23001b\n', reason: 'git SHA' },
      {
        text: 'apikey_sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n',
        reason: 'sha256 hex',
      },
      { text: (g) => `logo_apikey: "data:image/png;base64,iVBORw0KGgo${g.base64url(200)}"\n`, reason: 'base64 image data' },
      { text: 'curl -H "Authorization: Basic Yng6Yng=" https://iam.cloud.ibm.com/identity/token\n', reason: 'public CLI client bx:bx' },
      { text: 'The apikey is read from the ConstructionCode_NON_CLF_Service_Create_Desc entry.\n', reason: 'prose with an identifier' },
      { text: 'apikey = ConstructionCode_NON_CLF_Service_Create_Desc\n', reason: 'identifier made of words' },
      { text: 'apikey: AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQr\n', reason: 'the alphabet in alternating case' },
      { text: 'apikey: a1b2c3d4e5f6g7h8i9j0A1B2C3D4E5F6G7H8I9J0k1l2\n', reason: 'letters and digits counting up' },
      { text: (g) => { const half = g.base64url(22); return `apikey: ${half}${half}\n`; }, reason: 'a repeated pattern' },
      { text: (g) => `{"apikey_id": "${g.ibmKey()}"}\n`, reason: 'a name about the key (its id), not the key' },
      { path: 'a.ts', text: (g) => `const apiKeyHeader = '${g.ibmKey()}';\n`, reason: 'a name about the key (a header name)' },
      { text: (g) => `apikey: ghp_${g.base64url(40)}\n`, reason: "another vendor's token prefix" },
      { path: 'a.ts', text: (g) => `const apikey = config.${g.ibmKey()};\n`, reason: 'member access, not a value' },
      {
        path: 'deploy.yaml',
        text: (g) => `env:\n  - name: IBMCLOUD_API_KEY\n    valueFrom: {secretKeyRef: {name: ibm, key: apikey}}\n  - name: SESSION_NONCE\n    value: "${g.ibmKey()}"\n`,
        reason: 'the value belongs to the nearest name above it (SESSION_NONCE)',
      },
      {
        path: 'cm.yaml',
        text: (g) => `apiVersion: v1\nkind: ConfigMap\ndata:\n  apikey: ${g.base64(g.ibmKey())}\n---\nkind: Secret\nstringData:\n  region: us-south\n`,
        reason: 'a ConfigMap holds plain values: only Secret data is decoded',
      },
      {
        text: (g) => `curl -H "Authorization: Basic ${g.base64(`admin:${g.ibmKey()}`)}" https://example.com\n`,
        reason: "Basic credentials of a user that is not apikey",
      },
      { text: (g) => `docker login -u myuser -p ${g.ibmKey()} docker.io\n`, reason: 'a registry password, but not of the iamapikey user' },
    ],
  },
};
