import { isReference } from '../src/engine/context.js';
import { isWordShaped } from '../src/engine/entropy.js';
import { weigh, type Fact } from '../src/engine/evidence.js';
import { boundNames, fileSays, linesText, statementText } from '../src/engine/facts.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';
import { APIC_HOST, requestText, targetHost } from './api-connect-hosts.js';

// IBM API Connect apps authenticate with a client id and a client secret: the `X-IBM-Client-Secret` header on
// API calls, or `client_secret` (and, for the password grant, the user's `password`) in a request to its
// OAuth token endpoint. The client id alone (`X-IBM-Client-Id`) is not a secret. A literal secret in code is
// a leak; a variable is not this rule's business.

/** A literal value: not a reference, a template or an expression. */
const VALUE = String.raw`[^\s"'\x60&,;{}()<>[\]\\]{3,256}`;

/** Values people write where a secret would go in samples. */
const SAMPLE_VALUES = /^(?:password|passw0rd|secret|client[_-]?secret|pass|pwd|null|none|undefined|true|false|string|\*+)$/i;
const GRANT = /grant_type["'\x60]?\s{0,8}[:=]\s{0,8}["'\x60]?(?:password|client_credentials)\b/i;
const TOKEN_PATH = /\/(?:oauth2?\/)?token\b/i;
/** The token endpoint of API Connect's native OAuth provider, on whatever host the gateway has: `…/oauth-provider/oauth2/token`. */
const APIC_OAUTH_PATH = /[\w-]*oauth-provider\/oauth2\/token\b/i;
const CLIENT_SECRET_NAME = /client[_-]?secret|^secret$/i;
/** `password`, `provider_password`, `adminPwd`: a name that ends in a password word. */
const PASSWORD_NAME = /(?:password|passwd|pwd|pass)$/i;
/** A name that says it holds an API Connect credential: `APIC_PASSWORD`, `apiconnectClientSecret`. */
const APIC_CREDENTIAL_NAME = /(?:apic|apiconnect)[\w.-]*(?:password|passwd|pwd|pass|secret)|(?:password|secret)[\w.-]*(?:apic|apiconnect)/i;
/** The API Connect toolkit's login: `apic login --server … --username … --password …`. */
const APIC_LOGIN = /(?:^|[\s;&|(])apic(?:-slim)?[ \t]+login\b/;
/** API Connect's marks in a file: its hosts, its client headers. */
const APIC_FILE = /apiconnect|apimanager|x-ibm-client-(?:id|secret)/i;
/** What a file sends as the client secret: `X-IBM-Client-Secret: {{name}}`, `…Secret', api.key`, `"client_secret": NAME`. */
/** What the API Connect toolkit logs in with: `apic login … --password %password%` / `"$PASSWORD"` / `${PASSWORD}`. */
const LOGS_IN_WITH = /apic(?:-slim)?[ \t]+login\b[^\n]{0,300}?(?:--password|-p)(?:[ \t]+|=)["']?(?:%([A-Za-z_]\w{0,63})%|\$\{?([A-Za-z_]\w{0,63})\}?)/gi;
const SENT_AS = /(?:x-ibm-client-secret|client_secret)["'\x60]?[ \t]{0,8}(?:=>|[:=,])[ \t]{0,8}(?:\{\{([A-Za-z_][\w.-]{0,63})\}\}|(?:(?:\$?this|self)(?:\.|->)|@)?(?:[A-Za-z_$][\w$]{0,63}\.){0,4}([A-Za-z_$][\w$]{0,63})(?![\w$(]))/gi;

/** `X = Y`, a name given the value of another: a line of its own. */
const ALIAS = /^[ \t]*(?:(?:const|let|var|final|export)[ \t]+)?(\$?[A-Za-z_][\w]{0,63})[ \t]*=[ \t]*(\$?[A-Za-z_][\w]{0,63})[ \t]*;?[ \t]*\r?$/gm;

const CLIENT_SECRET_MIN = 8;
/** Facts that tie a value to the X-IBM-Client-Secret header itself. */
const SENT_AS_HEADER = new Set(['sent-as-client-secret', 'statement-client-secret-header']);

/** The names a file sends as the client secret, or logs in to API Connect with, read once per text. */
const sentAsCache = new WeakMap<DetectInput, Set<string>>();
function sentAs(input: DetectInput): Set<string> {
  let names = sentAsCache.get(input);
  if (!names) {
    const refs = [...input.text.matchAll(SENT_AS), ...input.text.matchAll(LOGS_IN_WITH)];
    const sent = new Set(refs.map((m) => bare(m[1] ?? m[2] ?? '')).filter((n) => n && !/^(?:true|false|null|none)$/.test(n)));
    // One hop of aliasing: `$SK = DATAPOINT_SECRET_KEY;` then `x-ibm-client-secret: $SK`.
    for (const m of input.text.matchAll(ALIAS)) if (sent.has(bare(m[1] ?? ''))) sent.add(bare(m[2] ?? ''));
    names = sent;
    sentAsCache.set(input, names);
  }
  return names;
}

/** A name as a binding reads it: lower case, without a shell or PHP `$`. */
const bare = (name: string): string => name.replace(/^\$/, '').toLowerCase();

function factsAbout(input: DetectInput, match: RegExpExecArray, start: number, end: number): Fact[] {
  const groups = match.groups ?? {};
  if (groups.header !== undefined || groups.postman !== undefined) return [{ kind: 'header-client-secret', note: 'X-IBM-Client-Secret' }];
  const facts: Fact[] = [];
  if (groups.flag !== undefined) {
    if (APIC_LOGIN.test(statementText(input, start, end))) facts.push({ kind: 'command-apic-login', note: groups.flag });
    return facts;
  }
  const name = groups.field ?? groups.restvar ?? groups.plain ?? groups.defined ?? boundNames(input, start)[0] ?? '';
  if (APIC_CREDENTIAL_NAME.test(name)) facts.push({ kind: 'name-apic-credential', note: name });
  else if (sentAs(input).has(bare(name))) facts.push({ kind: 'sent-as-client-secret', note: name });
  else if (CLIENT_SECRET_NAME.test(name)) facts.push({ kind: 'name-client-secret', note: name });
  else if (PASSWORD_NAME.test(name)) facts.push({ kind: 'name-password', note: name });
  if (groups.fallback !== undefined && /x-ibm-client-secret/i.test(statementText(input, start, end))) {
    facts.push({ kind: 'statement-client-secret-header', note: 'a fallback of the header' });
  }
  const request = requestText(input, start, end);
  if (GRANT.test(request)) facts.push({ kind: 'grant-type', note: GRANT.exec(request)?.[0].replace(/.*[:=]\s*["'\x60]?/, '') ?? '' });
  const host = targetHost(input, start, end);
  if (host && APIC_HOST.test(host.host)) {
    facts.push({ kind: TOKEN_PATH.test(host.path) ? 'apic-token-endpoint' : 'apic-host', note: `${host.host}${host.path}` });
  } else if (host && APIC_OAUTH_PATH.test(host.path)) {
    facts.push({ kind: 'apic-token-endpoint', note: `${host.host}${host.path}` });
  } else if (host && !facts.some((f) => SENT_AS_HEADER.has(f.kind))) {
    // A password or client secret for another host; the X-IBM-Client-Secret header is API Connect's wherever it goes.
    facts.push({ kind: 'request-elsewhere', note: host.host });
  } else if (APIC_FILE.test(linesText(input, start, end, 3))) {
    facts.push({ kind: 'lines-apic', note: 'within 3 lines' });
  }
  if (fileSays(input, 'apic', APIC_FILE)) facts.push({ kind: 'file-apic', note: '' });
  return facts;
}

export const apiConnectClientSecret = {
  id: 'api-connect-client-secret' as const,
  title: 'IBM API Connect client secret or password',
  message: 'IBM API Connect client secret or password: read it from a secret store at run time, and reset it in API Connect',
  severity: 'error',
  // The header names itself, `apic login` and `APIC_PASSWORD` too; every other form needs an API Connect host or
  // the path of its OAuth provider.
  keywords: ['x-ibm-client-secret', 'apiconnect', 'apimanager', 'apic login', 'apic_', 'apic-', 'apicpass', 'apicsecret', 'oauth-provider'],
  pattern: new RegExp(
    [
      // X-IBM-Client-Secret: …, 'X-IBM-Client-Secret': '…', .header("X-IBM-Client-Secret", "…"), req['X-IBM-Client-Secret'] = '…'
      String.raw`(?<![A-Za-z0-9_-])(?<header>x-ibm-client-secret)\\?(?<hq>["'\x60])?\]?[ \t]{0,8}(?:=>|[:=,])[ \t]{0,8}\\?(?<hopen>["'\x60])?(?<secret>${VALUE})`,
      // Postman: {"key": "X-IBM-Client-Secret", "value": "…"}
      String.raw`"key"\s{0,40}:\s{0,40}"(?<postman>x-ibm-client-secret)"\s{0,40},\s{0,40}"value"\s{0,40}:\s{0,40}"(?<secret2>${VALUE})"`,
      // A literal bound to a name: clientSecret = "…", "password": "…", key: '…'
      String.raw`(?<![A-Za-z0-9_$.-])[A-Za-z_$][\w$.-]{0,63}\\?["'\x60]?[ \t]{0,8}(?:=>|:=|[:=])[ \t]{0,8}\\?["'\x60](?<secret3>${VALUE})(?=\\?["'\x60])`,
      // A form body: grant_type=…&client_secret=…&password=…
      String.raw`(?<![A-Za-z0-9_])(?<field>client_secret|password)=(?<secret4>[^\s&"'\x60=]{3,256})`,
      // A REST-client file variable: @clientSecret = …
      String.raw`^@(?<restvar>[A-Za-z_][\w.-]{0,63})[ \t]*=[ \t]*(?<secret5>${VALUE})[ \t]*\r?$`,
      // An unquoted assignment on a line of its own: APIC_PASSWORD=…, export …=…, batch set …=…, apic_password: …
      String.raw`^[ \t]*(?:export[ \t]+|set[ \t]+|setx[ \t]+|\$env:|-[ \t]+)?(?<plain>[A-Za-z_][\w.-]{0,63})[ \t]*[:=][ \t]*(?<secret7>[^\s"'$\x60{}&]{3,256})[ \t]*\r?$`,
      // The API Connect toolkit: apic login … --password …
      String.raw`(?<![A-Za-z0-9_-])(?<flag>--password|-p)(?:[ \t]+|=)["']?(?<secret8>${VALUE})`,
      // A PHP constant: define('CLIENT_SECRET', '…')
      String.raw`define\([ \t]{0,8}["'](?<defined>[A-Za-z_]\w{0,63})["'][ \t]{0,8},[ \t]{0,8}["'](?<secret9>${VALUE})["']`,
      // A literal fallback: ….CLIENT_SECRET || "…"
      String.raw`(?<fallback>\|\||\?\?)[ \t]{0,8}["'\x60](?<secret6>${VALUE})(?=["'\x60])`,
    ].join('|'),
    'dgim',
  ),
  evidence: {
    threshold: 1,
    needs: ['header-client-secret', 'sent-as-client-secret', 'name-apic-credential', 'command-apic-login', 'name-client-secret', 'name-password'],
    weights: {
      'header-client-secret': 1,
      'sent-as-client-secret': 1,
      'name-apic-credential': 1,
      'command-apic-login': 1,
      'name-client-secret': 0.5,
      'name-password': 0.4,
      'statement-client-secret-header': 0.6,
      'grant-type': 0.3,
      'apic-token-endpoint': 0.4,
      'apic-host': 0.2,
      'lines-apic': 0.4,
      'request-elsewhere': -1,
      'file-apic': 0.3,
    },
  },
  validate(match, input) {
    const groups = match.groups ?? {};
    const value = Object.entries(groups).find(([k, v]) => k.startsWith('secret') && v !== undefined)?.[1] ?? '';
    const span = match.indices?.groups?.[Object.keys(groups).find((k) => k.startsWith('secret') && groups[k] !== undefined) ?? ''];
    const [start, end] = span ?? [match.index, match.index + match[0].length];
    if (/^[$%@{]/.test(value) || isReference(input.text, start)) return { ok: false, reason: 'a variable, not a literal' };
    // `"x-ibm-client-secret": settings.get(…)`: a quoted name with an unquoted value is code, not a literal.
    if (groups.hq !== undefined && groups.hopen === undefined) return { ok: false, reason: 'an expression, not a literal' };
    const placeholder = placeholderReason(value);
    if (placeholder) return { ok: false, reason: placeholder };
    if (SAMPLE_VALUES.test(value)) return { ok: false, reason: 'a sample value' };
    const facts = factsAbout(input, match, start, end);
    if (facts.some((f) => f.kind === 'header-client-secret' || f.kind === 'sent-as-client-secret' || f.kind === 'name-client-secret')) {
      if (value.length < CLIENT_SECRET_MIN || isWordShaped(value)) return { ok: false, reason: 'too short or made of words for a client secret' };
    }
    const weighed = weigh(apiConnectClientSecret.evidence, facts);
    return weighed.ok ? { ok: true, evidence: weighed.summary } : { ok: false, reason: weighed.summary };
  },
  examples: {
    positive: [
      {
        path: 'call.sh',
        text: (g) => `curl -H "X-IBM-Client-Id: ${g.hex(32)}" -H "X-IBM-Client-Secret: ${g.base64url(40)}" https://api.eu.apiconnect.ibmcloud.com/acme/sandbox/orders\n`,
      },
      {
        path: 'client.js',
        text: (g) => `const headers = { 'X-IBM-Client-Id': clientId, 'X-IBM-Client-Secret': '${g.base64url(32)}' };\n`,
        reason: 'the header in code, whatever the host',
      },
      {
        path: 'Client.java',
        text: (g) => `request.header("X-IBM-Client-Secret", "${g.base64url(36)}");\n`,
      },
      {
        path: 'orders.postman_collection.json',
        text: (g) => `{"header": [{"key": "X-IBM-Client-Secret", "value": "${g.base64url(40)}", "type": "text"}]}\n`,
        reason: 'a Postman header',
      },
      {
        path: 'token.sh',
        text: (g) =>
          `curl -X POST https://api.us-south.apiconnect.cloud.ibm.com/acme/prod/oauth2/token \\\n  -d "grant_type=client_credentials&client_id=${g.hex(32)}&client_secret=${g.base64url(32)}&scope=orders"\n`,
        reason: 'a client-credentials grant to an API Connect token endpoint',
      },
      {
        path: 'login.py',
        text: (g) =>
          `r = requests.post("https://mgmt.eu-gb.apiconnect.automation.ibm.com/api/token", json={\n    "username": "deployer",\n    "password": "${g.base64url(14)}",\n    "realm": "provider/default-idp-2",\n    "client_id": "599b7aef-8841-4ee2-88a0-84d49c4d6ff2",\n    "client_secret": os.environ["APIC_CLIENT_SECRET"],\n    "grant_type": "password",\n})\n`,
        reason: 'the platform token request with a literal password',
      },
      {
        path: 'deploy.sh',
        text: (g) => `apic login --server mgmt.us-east-a.apiconnect.automation.ibm.com --username deployer --password '${g.base64url(14)}' --realm provider/default-idp-2\n`,
        reason: 'the API Connect toolkit login with a literal password',
      },
      { path: 'apic.env', text: (g) => `APIC_PASSWORD=${g.base64url(16)}\n`, reason: 'a variable named for an API Connect password' },
      {
        path: 'token.dart',
        text: (g) =>
          `final url = 'https://gw.bank.example/partner/sb/security/oauth-provider/oauth2/token';\nfinal body = {'grant_type': 'client_credentials', 'client_id': '${g.hex(32)}', 'client_secret': '${g.hex(32)}'};\n`,
        reason: "a client-credentials grant to API Connect's native OAuth provider, on the gateway's own host",
      },
      {
        path: 'weather.php',
        text: (g) => `define('DATAPOINT_SECRET_KEY', '${g.base64url(48)}');\n$SK = DATAPOINT_SECRET_KEY;\n$headers = ["x-ibm-client-secret: $SK"];\n`,
        reason: 'a PHP constant sent, through a variable, as the X-IBM-Client-Secret header',
      },
      {
        path: 'client.ts',
        text: (g) => `const CLIENT_SECRET = '${g.base64url(32)}';\nconst headers = { 'X-IBM-Client-Secret': CLIENT_SECRET };\n`,
        reason: 'a constant sent as the X-IBM-Client-Secret header',
      },
      {
        path: 'class-gateway.php',
        text: (g) =>
          `class Gateway {\n  private $client_secret = '${g.base64url(32)}';\n  function token() {\n    return array('X-IBM-Client-Secret' => $this->client_secret);\n  }\n}\n`,
        reason: "a PHP property sent as the header through $this->",
      },
      {
        path: 'orders.rb',
        text: (g) => `req = Net::HTTP::Get.new(uri)\nreq['X-IBM-Client-Secret'] = '${g.base64url(40)}'\n`,
        reason: 'the header set by index assignment (Ruby, Python)',
      },
    ],
    negative: [
      { path: 'call.sh', text: (g) => `curl -H "X-IBM-Client-Id: ${g.hex(32)}" https://api.eu.apiconnect.ibmcloud.com/acme/sandbox/orders\n`, reason: 'the client id alone is not a secret' },
      { path: 'call.sh', text: 'curl -H "X-IBM-Client-Secret: $APIC_CLIENT_SECRET" https://api.eu.apiconnect.ibmcloud.com/x\n', reason: 'a shell variable' },
      { path: 'c.js', text: "const headers = { 'X-IBM-Client-Secret': process.env.APIC_CLIENT_SECRET };\n", reason: 'read from the environment' },
      { path: 'c.http', text: 'X-IBM-Client-Secret: {{clientSecret}}\n', reason: 'a REST-client variable' },
      { path: 'c.md', text: 'X-IBM-Client-Secret: <your client secret>\n', reason: 'a placeholder' },
      { path: 'c.md', text: 'X-IBM-Client-Secret: YOUR_CLIENT_SECRET\n', reason: 'a placeholder word' },
      {
        path: 'token.sh',
        text: (g) => `curl -X POST https://login.example.com/oauth2/token -d "grant_type=client_credentials&client_id=x&client_secret=${g.base64url(32)}"\n`,
        reason: 'a grant to a token endpoint that is not API Connect',
      },
      {
        path: 'login.py',
        text: 'r = requests.post("https://mgmt.eu-gb.apiconnect.automation.ibm.com/api/token", json={"username": user, "password": password, "grant_type": "password"})\n',
        reason: 'credentials from variables',
      },
      { path: 'deploy.sh', text: 'apic login --server mgmt.us-east-a.apiconnect.automation.ibm.com --username deployer --password "$APIC_PASSWORD"\n', reason: 'a shell variable' },
      { path: 'run.sh', text: (g) => `mysql -u root -p${g.base64url(12)} -h db.internal # not apic.apiconnect.ibmcloud.com\n`, reason: 'another command’s -p' },
      {
        path: 'client.js',
        text: (g) => `const APIC = 'https://api.us.apiconnect.ibmcloud.com';\nexport const other = () => axios.get('https://api.example.com/x', { auth: { username: 'svc', password: '${g.base64url(12)}' } });\n`,
        reason: 'a password for another host, beside an API Connect URL',
      },
      {
        path: 'client.ts',
        text: (g) => `const headers = { 'X-IBM-Client-Id': CLIENT_ID, 'X-IBM-Client-Secret': CLIENT_SECRET };\nconst CLIENT_ID = '${g.hex(32)}';\n`,
        reason: 'the client id constant is not sent as the secret',
      },
    ],
  },
} satisfies Rule;
