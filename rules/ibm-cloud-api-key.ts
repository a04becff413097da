import { CONTEXT_REACH, enclosingNames, isReference } from '../src/engine/context.js';
import { basicAuth, kubernetesSecret } from '../src/engine/decode.js';
import { isIdentifierShaped, isWordShaped, randomShape } from '../src/engine/entropy.js';
import { weigh, type Fact } from '../src/engine/evidence.js';
import { boundNames, fileSays, inProse, linesText, nameFacts, nameWords, paragraphAround, sentenceAround, statementText, type NameClass } from '../src/engine/facts.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import { isProse } from '../src/engine/prose.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// IBM Cloud IAM API keys have no prefix: 44 characters of base64url (reference/ibm-credentials.md §1.1), or
// any value a user chose when creating the key. The bare shape matches any nonce or hash, so a candidate
// is weighed: the name it is bound to, the call or command it is passed to, the statement, lines and file
// around it, the sentence around it in prose, and its shape. The vocabulary and the weights are below.

/** Names of other vendors' keys, which share the `api_key` wording but are not IBM's. */
const OTHER_VENDOR =
  /aws|amazon|google|gcp|firebase|azure|openai|anthropic|stripe|github|gitlab|slack|twilio|sendgrid|mailgun|mailchimp|datadog|algolia|mapbox|heroku|shopify|paypal|newrelic|sentry|pagerduty|cloudflare|digitalocean|hubspot|zendesk|okta|auth0|segment|mixpanel|youtube|maps|tencent|aliyun|alibaba|huawei|oracle|oci_/;

/** Names of values that are random but no credential: nonces, hashes, ids of requests and sessions. */
const NOT_A_KEY =
  /nonce|hash|(?:^|[^a-z])sha(?:\d|[^a-z]|$)|digest|checksum|csrf|xsrf|salt|(?:^|[^a-z])iv(?:[^a-z]|$)|uuid|guid|session|cache|etag|integrity|fingerprint|commit|trace|request[ _.-]?id|idempoten|signature|cursor|page[ _.-]?token|next[ _.-]?token/;

/** Names that say "IBM Cloud API key" by themselves: IBM's variables, SDK parameters and calls. */
const IBM_KEY_NAME =
  /(?:^|[^a-z])(?:ic|bm|iam)[ _.-]?api[ _.-]?key|(?:ibm|bluemix)[a-z0-9 _.-]*api[ _.-]?key|iamapikey|iam[ _.-]?authenticator|ibm[a-z]*oauth[a-z]*credentials|require-whisk-auth/;

/** Any API-key name; and the names IBM's own detector reads (`ibm_password`, `cloud-pwd`, `iam-creds`). */
const API_KEY_NAME = /api[ _.-]?key|(?:ibm|bluemix|cloud|iam)[_-]?(?:key|pwd|pass|passwd|password|creds?|credentials)$/;

/**
 * What follows `apikey` in a name that holds something about a key rather than the key (`apikey_url`).
 * `_id` is weaker evidence: the COS SDKs call the key itself `ibm_api_key_id` / `apiKeyId`.
 */
const ABOUT_THE_KEY_ID = /api[ _.-]?key[ _.-]?ids?(?![a-z])/;
const ABOUT_THE_KEY =
  /api[ _.-]?key[ _.-]?(?:names?|desc|description|crn|url|uri|endpoint|header|param|field|type|hash|sha|digest|checksum|fingerprint|len|length|size|count|prefix|suffix|path|file|env|var|ref|version|created|expir|label|title|help|hint|format|pattern|regex|location|locked|disabled|history)(?![a-z])/;

/** The words of loose names that may hold any secret: a key only where the statement or file is IBM's. */
const LOOSE_WORDS = new Set(['key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'pass', 'passwd', 'password', 'pwd', 'cred', 'creds', 'credential', 'credentials', 'auth', 'authorization']);
const IBM_WORDS = new Set(['ibm', 'ibmcloud', 'bluemix', 'cos', 'qiskit', 'watson']);

const NAMES: NameClass[] = [
  { kind: 'name-other-vendor', test: (n) => OTHER_VENDOR.test(n) },
  { kind: 'name-not-a-key', test: (n) => NOT_A_KEY.test(n) },
  { kind: 'name-ibm-key', test: (n) => IBM_KEY_NAME.test(n) },
  { kind: 'name-api-key', test: (n) => API_KEY_NAME.test(n) },
  { kind: 'name-loose', test: (_n, words) => words.some((w) => LOOSE_WORDS.has(w)) },
];
const NAME_MODIFIERS: NameClass[] = [
  { kind: 'name-about-the-key', test: (n) => ABOUT_THE_KEY.test(n) },
  { kind: 'name-key-id', test: (n) => ABOUT_THE_KEY_ID.test(n) },
  { kind: 'name-ibm-word', test: (n, words) => !IBM_KEY_NAME.test(n) && words.some((w) => IBM_WORDS.has(w)) },
];

/**
 * What says a text uses IBM Cloud credentials: an IAM or IBM Cloud service URL, an IBM SDK's package or
 * authenticator, the COS SDKs' parameters, a Qiskit IBM channel, the CLI, a key id (`ApiKey-<uuid>`). A loose
 * name (`token`, `secret`) counts only next to one of these; a CRN does not count: IBM infrastructure code is full
 * of them, beside webhook secrets and tokens that are no IBM key.
 */
const IBM_MARKS = new RegExp(
  [
    String.raw`iam\.(?:test\.)?(?:cloud\.ibm\.com|bluemix\.net)`,
    String.raw`\.cloud\.ibm\.com|watsonplatform\.net|appdomain\.cloud|softlayer\.com`,
    String.raw`ibm[-_]watson|ibm[-_]cloud[-_]sdk|@ibm-cloud/|com\.ibm\.(?:cloud|watson)|github\.com/IBM/|IBM\.Cloud\.SDK|ibm_boto3|ibm_botocore|ibm-cos-sdk|qiskit[-_]ibm`,
    String.raw`iam_?authenticator|ibm[a-z]*oauth[a-z]*credentials|iam_?apikey`,
    String.raw`channel\W{0,4}ibm_(?:cloud|quantum)|ibm_(?:cloud|quantum)\W{0,4}channel`,
    String.raw`ibm_service_instance_id|ibm_auth_endpoint|service_?instance_?id|ibmAuthEndpoint`,
    String.raw`ibmcloud\s+(?:login|iam)|ApiKey-[0-9a-f]{8}-`,
  ].join('|'),
  'i',
);
/** IBM's name anywhere (`provider "ibm"`, `ibm_is_instance`, "IBM" in a comment): context enough for an API-key name. */
const IBM_MENTION = new RegExp(`(?<![A-Za-z0-9])(?:ibm|bluemix|softlayer|watson)|${IBM_MARKS.source}`, 'i');
/** The registry user whose password is an API key: `docker login -u iamapikey`, `{"username": "iamapikey"}`. */
const IAMAPIKEY_USER = /iamapikey/i;
/**
 * A user named `apikey` a few lines away: Watson's service credentials (`CONVERSATION_USERNAME=apikey`, then
 * `CONVERSATION_PASSWORD=<key>`) and Basic auth to IBM services take the API key as the password of that user.
 */
const APIKEY_USER = /user(?:[ _.-]?name)?["'\x60]?[ \t]{0,8}(?:=>|[:=])[ \t]{0,8}["'\x60]?(?:iam)?apikey(?![\w-])/i;

/**
 * Where a file passes a name on as an API key: `apikey: NAME`, `"apikey": NAME`, `apikey=NAME`,
 * `IAMAuthenticator(NAME)`, `.setApiKey(this.NAME)`. The value bound to NAME is then named by the field it
 * goes to (`watsonx_API = "<key>"` … `credentials={"apikey": watsonx_API}`), whatever NAME itself says.
 */
const PASSED_ON =
  /(?<![\w.$-])(?<field>[A-Za-z_][\w.-]{0,63})["'\x60]?[ \t]{0,8}(?:=>|[:=(])[ \t]{0,8}(?:(?:\$?this|self)(?:\.|->)|@)?(?<name>[A-Za-z_][\w]{0,63})(?![\w$.([])/g;
/** A word every API-key name holds (see IBM_KEY_NAME and API_KEY_NAME): a cheap test before the name classes. */
const FIELD_WORD = /key|authenticator|credentials|pwd|pass|cred|whisk/i;
const passedOnCache = new WeakMap<DetectInput, Map<string, string>>();
/** The names a file passes on as an API key, each with the field it goes to; read once per text. */
function passedOn(input: DetectInput): Map<string, string> {
  let names = passedOnCache.get(input);
  if (!names) {
    names = new Map();
    const isKeyField = new Map<string, boolean>();
    for (const m of input.text.matchAll(PASSED_ON)) {
      const field = m.groups?.field ?? '';
      let ok = isKeyField.get(field);
      if (ok === undefined) {
        const facts = FIELD_WORD.test(field) ? nameFacts([field], NAMES, NAME_MODIFIERS) : [];
        ok = facts.length > 0 && facts.every((f) => NAMES_ANY_LENGTH.has(f.kind));
        isKeyField.set(field, ok);
      }
      if (ok) names.set((m.groups?.name ?? '').toLowerCase(), field);
    }
    passedOnCache.set(input, names);
  }
  return names;
}

/** A file named for an API key (`apikey`, `ibmcloud_api_key.txt`): a value alone in it is bound to that name. */
const KEY_FILE = /(?:^|\/)[^/]*api[-_.]?key[^/]*$/i;
/** How much of a file around a value may be anything but white space and quotes, for the value to stand alone. */
const ALONE = /^[\s"'\x60]*$/;

/** The names bound to the value at `[start, end)`: its own, or the file's name when it stands alone in a key file. */
function namesOf(input: DetectInput, start: number, end: number): string[] {
  const names = boundNames(input, start);
  if (names.length || input.text.length > 4096 || !KEY_FILE.test(input.path)) return names;
  if (!ALONE.test(input.text.slice(0, start)) || !ALONE.test(input.text.slice(end))) return names;
  return [input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.[a-z]{1,4}$/i, '')];
}
/**
 * Words of a sentence that names a value as a key ("the old key was …", "my token: …"), in the languages
 * IBM Cloud's users write in: English, German, French, Spanish, Portuguese, Italian, Japanese, Chinese, Korean.
 */
const KEY_WORDS = ['key', 'token', 'credential', 'password', 'secret', 'schlüssel', 'clé', 'clave', 'chave', 'chiave', 'キー', 'トークン', '鍵', '密钥', '秘钥', '令牌', '키', '토큰'];
const NAMES_A_KEY = new RegExp(`(?:^|[^a-z])(?:api[ _-]?key|key|token|credential|password|secret|schlüssel|clé|clave|chave|chiave)s?(?:[^a-z]|$)|${KEY_WORDS.slice(10).join('|')}`, 'i');
/** An API key by name, in the languages above: a paragraph that says so names its IAM-shaped values. */
const NAMES_AN_API_KEY = /api[ _-]?key|apikey|api[ _-]?キー|api[ _-]?키|api[ _-]?密钥|clé d'api|clave de api|chave de api|api-schlüssel/i;
/** Words right before a value that say it is not a key but something about one (its id, its hash). */
const NOT_A_KEY_IN_PROSE = /(?:^|[^a-z])(?:hash|id|fingerprint|nonce|checksum|digest|salt|sha\d*|commit|uuid)(?:[^a-z]|$)[^a-z]*$/i;

/** Prefixes of other vendors' tokens: a value that starts so is theirs, not IBM's. */
const OTHER_VENDOR_VALUE = /^(?:gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|sk_live_|sk_test_|rk_live_|AIza|AKIA|ASIA|npm_|shpat_|dop_v1_)/;

/** Ids, not keys: a UUID (or hex groups like one), alone or after a prefix (`ApiKey-<uuid>`, `ServiceId-<uuid>`). */
const UUID_ID = /^(?:[A-Za-z]+-)*[0-9a-f]{4,}(?:-[0-9a-f]{4,}){2,}$/i;

/** A value of the IAM's own shape: 44 characters of base64url (33 random bytes). */
const IAM_KEY_LENGTH = 44;
const BASE64URL = 'A-Za-z0-9_-';
const IAM_SHAPE = /(?<![A-Za-z0-9_+/.-])(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_+/=-]|\.[A-Za-z0-9_-])/dg;
const ENTROPY = 3.6;

/** `ibm_key`, `cloud-pwd`, `iampassword`, `bluemix_creds`…: the names IBM's own detector reads. */
const PAIRED_KEYWORDS = ['ibm', 'bluemix', 'cloud', 'iam'].flatMap((a) =>
  ['', '_', '-'].flatMap((sep) => ['key', 'pwd', 'pass', 'cred'].map((b) => `${a}${sep}${b}`)),
);

/** What the rule notices around a candidate at `[start, end)`, besides its names (`named`). */
function contextFacts(input: DetectInput, start: number, end: number, named: readonly Fact[]): Fact[] {
  const facts: Fact[] = [];
  // The name is weighed already: its own "IBM" is no further evidence in the statement around it.
  const name = named[0]?.note ?? '';
  const unnamed = (text: string): string => (name ? text.replace(name, '') : text);
  const statement = unnamed(statementText(input, start, end));
  // A loose name needs IBM's credential marks around it; an API-key name, any mention of IBM.
  const apiKeyNamed = named.some((f) => NAMES_ANY_LENGTH.has(f.kind));
  const marks = apiKeyNamed ? IBM_MENTION : IBM_MARKS;
  if (IAMAPIKEY_USER.test(statement)) facts.push({ kind: 'statement-iamapikey-user', note: 'iamapikey' });
  else if (APIKEY_USER.test(linesText(input, start, end, 3))) facts.push({ kind: 'lines-apikey-user', note: 'the user apikey' });
  else if (marks.test(statement)) facts.push({ kind: 'statement-ibm', note: marks.exec(statement)?.[0] ?? '' });
  else if (marks.test(unnamed(linesText(input, start, end, 3)))) facts.push({ kind: 'lines-ibm', note: 'within 3 lines' });
  if (apiKeyNamed ? fileSays(input, 'ibm-mention', IBM_MENTION, /ibm/i) : fileSays(input, 'ibm-marks', IBM_MARKS, /ibm-credentials/i)) {
    facts.push({ kind: 'file-ibm', note: '' });
  }
  // In prose a sentence names the key ("the old key was …", "my key: …"), where code would bind it to a name;
  // an identifier (`client_secret = …`) is code even in a document, and its own words are not a sentence.
  const word = named[0]?.note ?? '';
  const plain = word === '' || (/^[A-Za-z]+$/.test(word) && !/[a-z][A-Z]/.test(word));
  if (plain && named.every((f) => f.kind === 'name-loose') && inProse(input, start)) {
    const { before, after } = sentenceAround(input, start, end);
    if (!NOT_A_KEY_IN_PROSE.test(before.slice(-40))) {
      if (NAMES_A_KEY.test(`${before} ${after}`)) facts.push({ kind: 'sentence-names-a-key', note: '' });
      // A message wrapped over lines names the key a sentence earlier: "…with an API key. For the lab use <key>".
      // (In a document or a commit message: around a comment in code, the "paragraph" is code.)
      else if (isProse(input.path) && NAMES_AN_API_KEY.test(paragraphAround(input, start, end))) facts.push({ kind: 'paragraph-names-an-api-key', note: '' });
    }
  }
  return facts;
}

/**
 * Kinds of fact that name the value an API key: with one of them, any mention of IBM is context enough, and a
 * value of another length than IAM's own is a candidate when the name is its own (not one passed on).
 */
const NAMES_ANY_LENGTH = new Set(['name-ibm-key', 'name-api-key', 'passed-on-as-api-key']);
/** Names that say the value is something else: a name passed on as an API key does not outweigh them. */
const NOT_NAMED_A_KEY = new Set(['name-other-vendor', 'name-not-a-key', 'name-about-the-key']);

export const ibmCloudApiKey = {
  id: 'ibm-cloud-api-key' as const,
  title: 'IBM Cloud API key',
  message: 'IBM Cloud API key',
  severity: 'error',
  // Every API-key name holds one of these; `iamapikey` (the registry user) holds `apikey`.
  keywords: ['apikey', 'api_key', 'api-key', 'api.key', 'api key', 'authenticator', 'whisk-auth', ...PAIRED_KEYWORDS],
  // A file named for the key may hold nothing but the key (a Docker build's secret file, a CI secret file).
  files: KEY_FILE,
  // A loose name (`token`, `DEFAULT_KEY`) counts only in a text that mentions IBM, and only at IAM's own shape.
  contextKeywords: ['ibm', 'bluemix', 'watson'],
  proseKeywords: KEY_WORDS,
  loose: { pattern: IAM_SHAPE, anchors: ['key', 'token', 'secret', 'pass', 'pwd', 'cred', 'auth'], run: { chars: BASE64URL, min: IAM_KEY_LENGTH, max: IAM_KEY_LENGTH } },
  near: CONTEXT_REACH + 200,
  decoders: [basicAuth, kubernetesSecret],
  verifiable: true,
  named: true,
  entropy: ENTROPY,
  // `.` before the value is member access (`process.env.X`, `.Values.x`), never a value. Near an API-key
  // name, a user-chosen key of another length is a candidate too.
  pattern: /(?<![A-Za-z0-9_+/.-])(?<secret>[A-Za-z0-9_-]{20,128})(?![A-Za-z0-9_+/=-]|\.[A-Za-z0-9_-])/dg,
  run: { chars: BASE64URL, min: 20, max: 128 },
  evidence: {
    threshold: 1,
    weights: {
      'name-ibm-key': 1.4,
      'name-api-key': 0.8,
      'name-loose': 0.5,
      'name-about-the-key': -2,
      'name-key-id': -0.6,
      'name-ibm-word': 0.3,
      'parent-ibm-word': 0.3,
      'name-not-a-key': -2,
      'name-other-vendor': -3,
      'statement-iamapikey-user': 0.8,
      'lines-apikey-user': 0.6,
      'passed-on-as-api-key': 0.8,
      'statement-ibm': 0.5,
      'lines-ibm': 0.4,
      'file-ibm': 0.3,
      'sentence-names-a-key': 0.8,
      'paragraph-names-an-api-key': 0.8,
      'shape-iam-key': 0.2,
      'shape-other-length': -0.4,
    },
  },
  validate(match, input) {
    const start = match.index;
    const key = match[0];
    if (isReference(input.text, start)) return { ok: false, reason: 'reference, not a value' };
    const placeholder = placeholderReason(key);
    if (placeholder) return { ok: false, reason: placeholder };
    if (OTHER_VENDOR_VALUE.test(key)) return { ok: false, reason: "another vendor's token prefix" };
    if (UUID_ID.test(key)) return { ok: false, reason: 'an id (a UUID), not a key' };
    // Any long run of base64url matches the pattern (identifiers too): one of another length is a candidate
    // only under an API-key name, and never when it reads as words. The shape is the cheaper question.
    const otherLength = { ok: false, reason: `${key.length} characters, and no API-key name or made of words`, quiet: true };
    if (key.length !== IAM_KEY_LENGTH && isWordShaped(key)) return otherLength;
    const names = namesOf(input, start, start + key.length);
    let named = nameFacts(names, NAMES, NAME_MODIFIERS);
    const apiKeyNamed = named.some((f) => NAMES_ANY_LENGTH.has(f.kind));
    if (key.length !== IAM_KEY_LENGTH && !apiKeyNamed) return otherLength;
    const shape = randomShape(key, Math.min(ENTROPY, Math.log2(key.length) - 0.8));
    if (!shape.ok) return shape;
    // Without an API-key name, context alone carries the value: an identifier (`testAccCheckIBMEn…Exists`) it is not.
    if (!apiKeyNamed && isIdentifierShaped(key)) return { ok: false, reason: 'made of words (an identifier)' };
    // Only now, for the few values left (the file is read once for it): a name the file passes on as an API key.
    if (!apiKeyNamed && !named.some((f) => NOT_NAMED_A_KEY.has(f.kind))) {
      const field = names[0] && passedOn(input).get(names[0].replace(/^\$/, '').toLowerCase());
      if (field) named = [{ kind: 'passed-on-as-api-key', note: `${names[0]} → ${field}` }];
    }
    // A loose name (`token:`) in an object or section named for an IBM service (`watson:`, `ibm_cloud:`).
    if (named.length && named.every((f) => f.kind === 'name-loose')) {
      const parent = enclosingNames(input.text, start).find((n) => nameWords(n).some((w) => IBM_WORDS.has(w)));
      if (parent) named = [...named, { kind: 'parent-ibm-word', note: parent }];
    }
    const length: Fact = key.length === IAM_KEY_LENGTH ? { kind: 'shape-iam-key', note: '' } : { kind: 'shape-other-length', note: `${key.length} characters` };
    const weighed = weigh(ibmCloudApiKey.evidence, [...named, ...contextFacts(input, start, start + key.length, named), length]);
    return weighed.ok ? { ok: true, evidence: weighed.summary } : { ok: false, reason: weighed.summary };
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
      {
        path: 'deployment.yaml',
        text: (g) => `env:\n  - name: IBMCLOUD_API_KEY\n    value: >-\n      ${g.ibmKey()}\n`,
        reason: 'a YAML block scalar (`>-`, `|-`): its chomping mark is not a name',
      },
      { path: 'secret.yaml', text: (g) => `stringData:\n  apikey: |-\n    ${g.ibmKey()}\n` },
      { path: 'values.yaml', text: (g) => `ibm:\n  ibmcloud_api_key: &ibm_key ${g.ibmKey()}\n`, reason: 'a YAML anchor between the name and the key' },
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
      {
        path: 'cos.ipynb',
        text: (g) =>
          `    "cos = ibm_boto3.client(service_name='s3',\\n",\n    "    ibm_api_key_id='${g.ibmKey()}',\n",\n    "    ibm_service_instance_id=COS_INSTANCE_CRN,\\n",\n`,
        reason: "kind 1: the COS SDK's name for the key (a Watson Studio cell)",
      },
      {
        path: 'cos_config.py',
        text: (g) => `COS_ENDPOINT = "https://s3.us-south.cloud-object-storage.appdomain.cloud"\nCOS_API_KEY_ID = "${g.ibmKey()}"\n`,
        reason: "kind 1: the COS SDK's name for the key, in a file with a COS endpoint",
      },
      {
        path: 'cos.js',
        text: (g) => `const cos = new IBM.S3({\n  endpoint: 's3.eu-de.cloud-object-storage.appdomain.cloud',\n  apiKeyId: '${g.ibmKey()}',\n  serviceInstanceId: instanceCrn,\n});\n`,
        reason: "kind 1: the JS ibm-cos-sdk's apiKeyId",
      },
      { path: 'Makefile', text: (g) => `IBMCLOUD_API_KEY ?= ${g.ibmKey()}\n`, reason: 'kind 2: a Makefile default' },
      { path: 'src/ibm.rs', text: (g) => `const IBM_API_KEY: &str = "${g.ibmKey()}";\n`, reason: 'kind 2: a typed Rust constant' },
      { path: 'Keys.kt', text: (g) => `private const val apiKey: String = "${g.ibmKey()}"\n`, reason: 'kind 2: a typed Kotlin constant' },
      { path: 'main.go', text: (g) => `var apiKey string = "${g.ibmKey()}"\n`, reason: 'kind 2: a typed Go variable' },
      {
        path: 'keys.ts',
        text: (g) => `export const API_KEYS: Record<Env, string> = {\n  dev: '${g.ibmKey()}',\n};\n`,
        reason: 'kind 2: keys by environment under a key-named, typed constant',
      },
      {
        path: 'assistant.py',
        text: (g) => `from ibm_watson import AssistantV2\n\nDEFAULT_KEY = "${g.ibmKey()}"\n`,
        reason: 'kind 3: a loose name in a file that imports an IBM SDK',
      },
      {
        path: 'quantum.py',
        text: (g) => `service = QiskitRuntimeService(channel="ibm_cloud", token="${g.ibmKey()}", instance=CRN)\n`,
        reason: 'kind 3: a token passed with an IBM Cloud channel',
      },
      { path: '.env', text: (g) => `IBM_QUANTUM_TOKEN=${g.ibmKey()}\n`, reason: "kind 3: a product's own variable named for IBM" },
      {
        path: '(commit-message)',
        text: (g) => `Rotate the deploy credentials\n\nThe old key was ${g.ibmKey()} and is revoked now.\n`,
        reason: 'kind 4: a key pasted into a commit message, named by its sentence',
      },
      { path: 'notes.md', text: (g) => `Here is the key for the demo:\n\n    ${g.ibmKey()}\n`, reason: 'kind 4: a key alone in a code block under the sentence that names it' },
      {
        path: '(commit-message)',
        text: (g) => `Use an API key\n\nThe notebook now signs in with an API key. For the lab account use\n${g.ibmKey()}\nuntil the workshop ends.\n`,
        reason: 'kind 4: a wrapped commit message names the key a sentence earlier',
      },
      { path: 'setup.md', text: (g) => `サービスの APIキーは ${g.ibmKey()} です。\n`, reason: 'kind 4: prose in Japanese' },
      {
        path: 'create-key.log',
        text: (g) =>
          `Please preserve the API key! It cannot be retrieved after it's created.\n\nID            ApiKey-1809d888-49bc-4c68-a084-28316bbf383b\nName          ci\nAPI Key       ${g.base64url(37)}\nLocked        false\n`,
        reason: 'kind 6: the table ibmcloud iam api-key-create prints, with a user-chosen 37-character key',
      },
      { path: 'deploy.sh', text: (g) => `export IBMCLOUD_API_KEY=${g.base64url(32)}\n`, reason: 'kind 6: a user-chosen 32-character key under IBM’s own variable' },
      {
        path: 'qa.py',
        text: (g) =>
          `from ibm_watson_machine_learning.foundation_models import Model\n\nwatsonx_API = "${g.ibmKey()}"\n\nmodel = Model(credentials={"apikey": watsonx_API, "url": URL})\n`,
        reason: 'a name the same file passes on as the apikey',
      },
      {
        path: '.env',
        text: (g) => `CONVERSATION_USERNAME=apikey\nCONVERSATION_PASSWORD=${g.ibmKey()}\n`,
        reason: "a Watson service's password, whose user is apikey",
      },
      { path: 'env-files/apikey', text: (g) => `${g.ibmKey()}\n`, reason: 'a file named for the key, holding the key alone' },
      {
        path: 'configuration.yaml',
        text: (g) => `parsers:\n  watson:\n    gateway: gateway-fra\n    token: ${g.ibmKey()}\n`,
        reason: 'a loose name in a section named for an IBM service',
      },
    ],
    negative: [
      {
        path: 'llm.py',
        text: (g) => `import openai\nOPENAI_KEY = "${g.ibmKey()}"\nclient = OpenAI(api_key=OPENAI_KEY)\n`,
        reason: "another vendor's key, passed on as an api_key",
      },
      { path: 'keys/openai_api_key', text: (g) => `${g.ibmKey()}\n`, reason: "a key file named for another vendor's key" },
      { path: 'apikey.txt', text: (g) => `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}\n`, reason: 'an id, alone in a file named for a key' },
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
      { path: 'keys.ts', text: (g) => `const nonce: string = '${g.ibmKey()}';\n`, reason: 'kind 2: a typed constant named for a nonce' },
      { path: 'session.ts', text: (g) => `const SESSION_SECRETS = {\n  prod: '${g.ibmKey()}',\n};\n`, reason: 'kind 2: values by environment under a session name' },
      { path: 'app.py', text: (g) => `token = "${g.ibmKey()}"\n`, reason: 'kind 3: a loose name with no IBM credential mark around it' },
      {
        path: 'main.tf',
        text: (g) =>
          `resource "ibm_cis_webhook" "hook" {\n  cis_id = "crn:v1:bluemix:public:internet-svcs:global:a/${g.hex(32)}::"\n  url    = "https://hooks.example.com/services/T0/B1"\n  secret = "${g.ibmKey()}"\n}\n`,
        reason: 'kind 3: a webhook secret in IBM infrastructure code: an IBM resource or CRN is no credential mark',
      },
      {
        path: 'en_test.go',
        text: 'import "github.com/IBM/go-sdk-core/v5/core"\n\nCheck: testAccCheckIBMEnCustomSMSSubscriptionExists("ibm_en_subscription.s", conf),\n',
        reason: 'kind 3: a 44-character identifier in an IBM file is made of words',
      },
      { path: '(commit-message)', text: (g) => `Pin the lockfile\n\nThe integrity hash is now ${g.ibmKey()}.\n`, reason: 'kind 4: a sentence about a hash, not a key' },
      { path: 'notes.md', text: (g) => `The request id was ${g.ibmKey()} when the upload failed.\n`, reason: 'kind 4: a sentence that names no key' },
      {
        path: 'kp.go',
        text: (g) => `import "github.com/IBM/keyprotect-go-client"\n\noptions = kp.ClientConfig{\n\tAPIKey: sess.Config.BluemixAPIKey,\n\t// InstanceID:    "${g.ibmKey()}",\n}\n`,
        reason: 'kind 4: a comment in code is a sentence, but the code around it is no paragraph naming the key',
      },
      {
        path: '(commit-message)',
        text: (g) => `Rotate the API key\n\nThe build cache is keyed by ${g.ibmKey()} now.\n`,
        reason: 'kind 4: another paragraph names the API key',
      },
      { path: 'config.md', text: (g) => `client_secret = "${g.ibmKey()}"\n`, reason: 'kind 4: an identifier in a document is code, not a sentence naming a key' },
      { path: 'settings.yaml', text: (g) => `apikey: ${g.base64url(37)}\n`, reason: 'kind 6: another length under a plain API-key name, with nothing of IBM around it' },
      { text: 'apikey: ApiKey-9d12342134f-41c2-a541-7b0be37c3da0\n', reason: 'kind 6: a key id with hex groups, not a key' },
      { text: (g) => `IC_API_KEY=${g.base64url(18)}XxXxXxXx${g.base64url(18)}\n`, reason: 'a fake key written with x and X' },
      { text: (g) => `IC_API_KEY=abcdefg${g.base64url(37)}\n`, reason: 'a documentation sample counting abcdefg' },
    ],
  },
} satisfies Rule;
