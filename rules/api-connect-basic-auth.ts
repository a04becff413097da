import { lineBefore, statementRange } from '../src/engine/context.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { DetectInput, Rule, Verdict } from '../src/engine/rule.js';
import { APIC_HOST, countBefore, targetHost } from './api-connect-hosts.js';

// IBM API Connect stopped accepting HTTP Basic auth on its management APIs on 2018-08-15: callers must
// exchange an IBM Cloud API key at the API Connect token service and send `Authorization: Bearer <token>`.
// The scheme itself is what API Connect rejects, so credentials from variables count too, as a warning (a
// broken integration); literal credentials are a leak as well, an error, reported where they are written.

export { APIC_HOST, APIC_HOST_IN_TEXT } from './api-connect-hosts.js';

/** How a request sets up Basic auth: the `form` attribute of a finding, which the ESLint plugin reads. */
export type BasicAuthForm = 'url' | 'header' | 'curl' | 'call' | 'auth-object' | 'postman';

/** `Authorization: Basic`, `"Authorization": "Basic`, or a quoted `'Basic '` being built. */
const HEADER_BEFORE = /(?:authorization['"\x60]?\s*[:=,]\s*['"\x60]?\s*|['"\x60])$/i;
/** base64 of `bx:bx`, the public client of the IBM Cloud CLI: not a credential. */
const PUBLIC_CLIENT = 'Yng6Yng=';
/**
 * A value known only at run time: a shell or template variable, an expression (any `$`, `{` or `}`; the ESLint
 * plugin writes each hole of a template as `$`), a batch variable set apart from its neighbours (`%PASS%`, not
 * the `%R3%` inside a password), or nothing.
 */
const VARIABLE = /[${}]|(?:^|[^A-Za-z0-9])%[A-Za-z_]\w{0,63}%(?![A-Za-z0-9])|^\s*$/;
/** A REST-client file variable: `@password = …`. */
const REST_VARIABLE = /^@([A-Za-z0-9_.-]{1,64})[ \t]*=[ \t]*([^\r\n]{1,256}?)[ \t]*\r?$/gm;
/** A string literal: the first is a user name, the second a password (`auth=('admin', 's3cret')`). */
const STRING_LITERAL = /(['"\x60])((?:(?!\1)[^\\\n]){1,256})\1/g;
/** What comes right before a string that is a lookup key, not a value: `os.environ["P"]`, `os.getenv("P")`, `config.get('p')`. */
const LOOKUP_KEY = /(?:\[|[\w$]\()[ \t]*$/;
/** Postman's `"basic": [{"key": "password", "value": "…"}]`. */
const POSTMAN_PASSWORD = /"key"\s{0,40}:\s{0,40}"password"\s{0,40},\s{0,40}"value"\s{0,40}:\s{0,40}"((?:[^"\\\n]|\\.){0,256})"|"value"\s{0,40}:\s{0,40}"((?:[^"\\\n]|\\.){0,256})"\s{0,40},\s{0,40}"key"\s{0,40}:\s{0,40}"password"/;
/** A Postman request names its URL after its auth and headers: further away than a line or two. */
const POSTMAN_LINES = 40;

/** Where the literal credential of a match is written, when there is one. */
interface Credential {
  at?: readonly [number, number];
  literal: boolean;
}

const restVariableCache = new WeakMap<DetectInput, Map<string, { value: string; start: number }>>();

/**
 * The first definition of each REST-client file variable in the text, read once per text: a search per
 * header (a regex made for each name) made a file of such headers quadratic.
 */
function restVariables(input: DetectInput): Map<string, { value: string; start: number }> {
  let variables = restVariableCache.get(input);
  if (!variables) {
    variables = new Map();
    for (const m of input.text.matchAll(REST_VARIABLE)) {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      if (!variables.has(name)) variables.set(name, { value, start: m.index + m[0].indexOf(value, name.length + 1) });
    }
    restVariableCache.set(input, variables);
  }
  return variables;
}

/** A REST-client Basic header made of file variables: the password variable's `@password = …` definition decides. */
function restClientPassword(input: DetectInput, basic: string): Credential {
  const names = [...basic.matchAll(/\{\{([A-Za-z0-9_.-]{1,64})\}\}/g)].map((m) => m[1] ?? '');
  for (const name of names.reverse()) {
    const definition = restVariables(input).get(name);
    if (!definition) continue;
    const { value, start } = definition;
    if (VARIABLE.test(value)) return { literal: false };
    return { at: [start, start + value.length], literal: true };
  }
  return { literal: false };
}

/** A shell or PowerShell variable a Basic header is built from: `$encoded`, `${AUTH}`, `$env:AUTH`. */
const SHELL_VARIABLE = /\$(?:env:)?\{?([A-Za-z_]\w{0,63})/;
/** A literal `user:password` pair in a definition: the password is what leaked. */
const USER_PASSWORD = /(["'])([^\s"':$]{1,128}):([^\s"'$]{1,256})\1/;
/** How many definitions are followed from a header back to a literal pair (`$pair` → `$encoded` → header). */
const HOPS = 3;

/**
 * A Basic header built from a variable: its definitions are followed back (`$pair = "user:pass"`, then
 * `$encoded = [Convert]::ToBase64String(…$pair…)`, then `"Basic $encoded"`; `AUTH=$(echo -n "u:p" | base64)`)
 * to a literal `user:password` pair, reported at the password. The definition nearest before wins.
 */
function definedPair(input: DetectInput, basic: string, before: number): Credential {
  let name = SHELL_VARIABLE.exec(basic)?.[1];
  for (let hop = 0; name && hop < HOPS; hop++) {
    const definition = lastDefinition(input, name, before);
    if (!definition) break;
    const pair = USER_PASSWORD.exec(definition.value);
    if (pair) {
      const start = definition.at + pair.index + 1 + (pair[2] ?? '').length + 1;
      return { at: [start, start + (pair[3] ?? '').length], literal: true };
    }
    name = SHELL_VARIABLE.exec(definition.value)?.[1];
    before = definition.at;
  }
  return { literal: false };
}

/** `NAME = …`, `$NAME = …`, `export NAME=…` on a line of its own. */
const DEFINITION = /^[ \t]*(?:export[ \t]+|local[ \t]+|set[ \t]+)?\$?([A-Za-z_]\w{0,63})[ \t]*=[ \t]*([^\r\n]{1,512})/gm;
interface Definition {
  at: number;
  value: string;
}
const definitionCache = new WeakMap<DetectInput, Map<string, Definition[]>>();

/** The last definition of `name` before `before` (and at most 4 KiB before it); a text's definitions are read once. */
function lastDefinition(input: DetectInput, name: string, before: number): Definition | undefined {
  let definitions = definitionCache.get(input);
  if (!definitions) {
    definitions = new Map();
    for (const m of input.text.matchAll(DEFINITION)) {
      const value = m[2] ?? '';
      const list = definitions.get(m[1] ?? '') ?? [];
      list.push({ at: m.index + m[0].length - value.length, value });
      definitions.set(m[1] ?? '', list);
    }
    definitionCache.set(input, definitions);
  }
  const list = definitions.get(name) ?? [];
  const last = list[countBefore(list, before) - 1];
  return last && before - last.at <= 4096 ? last : undefined;
}

/** The credential a match carries: literal or not, and where a literal is. A placeholder (`<PASSWORD>`) is no literal. */
function credentialOf(input: DetectInput, match: RegExpExecArray, form: BasicAuthForm): Credential {
  const credential = literalCredential(input, match, form);
  if (!credential.literal) return credential;
  const [from, to] = credential.at ?? [match.index, match.index + match[0].length];
  return placeholderReason(input.text.slice(from, to).replace(/^["']|["']$/g, '')) ? { literal: false } : credential;
}

function literalCredential(input: DetectInput, match: RegExpExecArray, form: BasicAuthForm): Credential {
  const groups = match.groups ?? {};
  const end = match.index + match[0].length;
  switch (form) {
    case 'url':
      return { literal: !VARIABLE.test(groups.url ?? '') };
    case 'curl':
      return { literal: !VARIABLE.test(groups.curl ?? '') };
    case 'header': {
      const basic = groups.basic ?? '';
      if (basic.startsWith('{{')) return restClientPassword(input, basic);
      if (VARIABLE.test(basic)) return definedPair(input, basic, match.index);
      return { literal: basic !== '' };
    }
    case 'postman': {
      const after = input.text.slice(end, end + 1024);
      const password = POSTMAN_PASSWORD.exec(after);
      const value = password?.[1] ?? password?.[2];
      if (!password || value === undefined || value === '' || VARIABLE.test(value)) return { literal: false };
      const start = end + password.index + password[0].lastIndexOf(value);
      return { at: [start, start + value.length], literal: true };
    }
    default: {
      // call / auth-object: a password written as a string literal among the arguments.
      // An auth object is flat (`{ username: …, password: … }`), however many lines it takes: it ends at its `}`.
      const [, to] = statementRange(input.text, match.index, end);
      const close = form === 'auth-object' ? input.text.slice(end, end + 300).indexOf('}') : -1;
      const args = input.text.slice(end, close >= 0 ? end + close : Math.min(to, end + 300));
      const literals = [...args.matchAll(STRING_LITERAL)].filter((m) => !VARIABLE.test(m[2] ?? '') && !LOOKUP_KEY.test(args.slice(Math.max(0, m.index - 80), m.index)));
      const keyed = /password|pass|pwd/i.exec(args);
      const password = form === 'auth-object' && keyed ? literals.find((m) => m.index > keyed.index) : literals[1];
      if (!password) return { literal: false };
      const start = end + password.index + 1;
      return { at: [start, start + (password[2] ?? '').length], literal: true };
    }
  }
}

function formOf(groups: Record<string, string | undefined>): BasicAuthForm {
  if (groups.url !== undefined) return 'url';
  if (groups.curl !== undefined) return 'curl';
  if (groups.postman !== undefined) return 'postman';
  if (groups.call !== undefined) return groups.call.endsWith('{') ? 'auth-object' : 'call';
  return 'header';
}

/** Why a match is not Basic auth sent somewhere, before the host is looked at; undefined when it is. */
function notBasicAuth(input: DetectInput, match: RegExpExecArray, form: BasicAuthForm): string | undefined {
  const { text } = input;
  const groups = match.groups ?? {};
  const end = match.index + match[0].length;
  if (form === 'curl' && !/(?:^|[\s;&|(])curl[ \t]/.test(text.slice(...statementRange(text, match.index, end)))) return '-u outside a curl command';
  if (groups.basic === PUBLIC_CLIENT) return 'public CLI client bx:bx';
  if (form === 'header' && !HEADER_BEFORE.test(lineBefore(text, match.index, 80))) return 'Basic is not an Authorization header value';
  if (form === 'call' || form === 'auth-object') {
    const args = text.slice(end, end + 200);
    if (/bearer/i.test(args)) return 'bearer auth';
    if (form === 'auth-object' && !/^[^}]*\b(?:user|username|pass|password)\b/.test(args)) return 'an auth object without username and password';
  }
  return undefined;
}

export const apiConnectBasicAuth = {
  id: 'api-connect-basic-auth' as const,
  title: 'HTTP Basic auth against IBM API Connect',
  message: 'HTTP Basic auth against IBM API Connect, which rejects it since 2018: exchange an IBM Cloud API key at the API Connect token service and send Authorization: Bearer <token>',
  severity: 'error',
  carrier: 'basic-auth',
  keywords: ['apiconnect', 'apimanager'],
  pattern: new RegExp(
    [
      // https://user:pass@host
      String.raw`(?<![A-Za-z0-9+.-])https?://(?<url>[^\s:@/'"\x60]{1,256}:[^\s@/'"\x60]{1,256})@`,
      // Authorization: Basic … / "Authorization": "Basic … / "Basic " + btoa(…) / Basic with REST-client variables
      String.raw`(?<![A-Za-z0-9_])Basic(?:[ \t]+(?<basic>\{\{[^{}\n]{1,64}\}\}(?:[: \t]\{\{[^{}\n]{1,64}\}\})?|[^\s'"\x60,;)}]{1,512}|\$\{[^}\n]{1,256}\})|[ \t]*['"\x60][ \t]*\+)`,
      // curl -u user:pass / --user user:pass
      String.raw`(?<![A-Za-z0-9_-])(?:-u|--user)[ \t=]+(?<curl>"[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s'"-][^\s]{0,255})`,
      // requests' auth tuple and HTTPBasicAuth, Go's SetBasicAuth, OkHttp's Credentials.basic, superagent's .auth, an axios auth object
      String.raw`(?<![A-Za-z0-9_])(?<call>auth[ \t]{0,8}=[ \t]{0,8}\(|HTTPBasicAuth\(|SetBasicAuth\(|Credentials\.basic\(|\.auth\(|auth[ \t]{0,8}:[ \t]{0,8}\{)`,
      // Postman: an auth object of type basic
      String.raw`"type"[ \t]{0,8}:[ \t]{0,8}"(?<postman>basic)"`,
    ].join('|'),
    'dg',
  ),
  validate(match, input): Verdict {
    const form = formOf(match.groups ?? {});
    const why = notBasicAuth(input, match, form);
    if (why) return { ok: false, reason: why };
    const end = match.index + match[0].length;
    // The URL form names its host right after '@'; the others, the request around them.
    const target =
      form === 'url'
        ? { host: /^[A-Za-z0-9.-]*/.exec(input.text.slice(end, end + 256))?.[0] ?? '' }
        : targetHost(input, match.index, end, form === 'postman' ? POSTMAN_LINES : undefined);
    if (!target || !APIC_HOST.test(target.host)) return { ok: false, reason: `the request goes to ${target?.host || 'no known host'}, not API Connect` };
    const credential = credentialOf(input, match, form);
    const verdict: Verdict = {
      ok: true,
      detail: `host ${target.host}${credential.literal ? '' : '; credentials from variables'}`,
      attributes: { host: target.host, form, credential: credential.literal ? 'literal' : 'variable' },
    };
    if (!credential.literal) verdict.severity = 'warning';
    if (credential.at) verdict.at = credential.at;
    return verdict;
  },
  examples: {
    positive: [
      {
        path: 'sync.py',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'APIM = "https://apimanager.acme.example/v1"\nJIRA = "https://jira.acme.example"\n\nr = requests.get(APIM + "/orgs", auth=HTTPBasicAuth("admin", "x%R3Fu%s!B"))\n',
        reason: 'a request built on a base-URL constant, with a literal password (a % inside is no variable)',
      },
      {
        path: 'Publish.ps1',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: '$pair = "apiadmin:lqIR*Fkux*Ob"\n$encoded = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n$headers = @{ Authorization = "Basic $encoded" }\nInvoke-RestMethod -Uri "https://apimanager.contoso.example/v1/orgs" -Headers $headers\n',
        reason: 'a Basic header built from a literal pair, followed back through its variables to the password',
      },
      {
        path: 'publish.sh',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'AUTH=$(echo -n "apiadmin:Qw3rty!Pass" | base64)\ncurl -H "Authorization: Basic $AUTH" https://us.apiconnect.ibmcloud.com/v1/orgs\n',
        reason: 'a Basic header from a shell variable that encodes a literal pair',
      },
      {
        path: 'mgmt.js',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: "const base = 'https://mgmt.us-east-a.apiconnect.automation.ibm.com/api';\naxios.get(`${base}/orgs`, {\n  auth: {\n    username: 'apic-admin',\n    password: 'mSK5d8NSFuoe',\n  },\n});\n",
        reason: 'an axios auth object over several lines, reported at the password',
      },
      {
        path: 'apic.sh',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'curl -u admin:passw0rd https://us.apiconnect.ibmcloud.com/v1/me\n',
      },
      {
        path: 'apic.sh',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'curl -X GET \\\n  -H "Authorization: Basic YWRtaW46cGFzc3cwcmQ=" \\\n  https://api.eu-de.apiconnect.cloud.ibm.com/v1/catalogs\n',
        reason: 'a curl command continued over lines',
      },
      {
        path: 'apic.md',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'GET https://admin:s3cret@apimanager.example.com/v1/orgs\n',
      },
      {
        path: 'apic.http',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'GET https://us.apiconnect.ibmcloud.com/v1/me\nAuthorization: Basic YWRtaW46cGFzc3cwcmQ=\n',
      },
      {
        path: 'apic.http',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: (g) => `@user = admin\n@password = ${g.base64url(14)}\n\nGET https://us.apiconnect.ibmcloud.com/v1/me\nAuthorization: Basic {{user}}:{{password}}\n`,
        reason: 'a REST-client file: reported at the literal password',
      },
      {
        path: 'apic.http',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: '@password = {{$processEnv APIC_PASSWORD}}\n\nGET https://us.apiconnect.ibmcloud.com/v1/me\nAuthorization: Basic {{user}}:{{password}}\n',
        reason: 'a REST-client file with the password from the environment (a warning)',
      },
      {
        path: 'orders.postman_collection.json',
        text: (g) =>
          // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
          `{"request": {\n  "auth": {"type": "basic", "basic": [{"key": "password", "value": "${g.base64url(12)}", "type": "string"}, {"key": "username", "value": "admin"}]},\n  "url": {"raw": "https://api.us.apiconnect.ibmcloud.com/acme/sandbox/orders"}\n}}\n`,
        reason: "Postman's basic auth, reported at the literal password",
      },
      {
        path: 'client.py',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'API = "https://myorg.us-east.apiconnect.automation.ibm.com/api"\nr = requests.get(API + "/catalogs", auth=(user, password))\n',
        reason: 'variables count: the scheme is what API Connect rejects (a warning)',
      },
      {
        path: 'client.py',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'r = requests.get("https://us.apiconnect.ibmcloud.com/v1/me", auth=HTTPBasicAuth(user, password))\n',
      },
      {
        path: 'client.js',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: "const base = 'https://us.apiconnect.ibmcloud.com';\naxios.get(`${base}/v1/me`, { auth: { username: u, password: p } });\n",
      },
      {
        path: 'client.js',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: (g) => `const base = 'https://us.apiconnect.ibmcloud.com';\naxios.get(\`\${base}/v1/me\`, {\n  auth: {\n    username: 'admin',\n    password: '${g.base64url(12)}',\n  },\n});\n`,
        reason: 'an axios auth object with a literal password, reported at the password',
      },
      {
        path: 'client.js',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: "const base = 'https://us.apiconnect.ibmcloud.com';\nconst header = \"Basic \" + btoa(`${u}:${p}`);\n",
      },
      {
        path: 'client.js',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: "request.get('https://us.apiconnect.ibmcloud.com/v1/me').auth(user, pass);\n",
        reason: 'superagent',
      },
      {
        path: 'client.go',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'req, _ := http.NewRequest("GET", "https://us.apiconnect.ibmcloud.com/v1/me", nil)\nreq.SetBasicAuth(user, pass)\n',
      },
      {
        path: 'Client.java',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'String url = "https://eu.apiconnect.ibmcloud.com/v1/me";\nString cred = Credentials.basic(user, pass);\n',
      },
    ],
    negative: [
      {
        path: 'jira.py',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'APIM = "https://apimanager.acme.example/v1"\nJIRA = "https://jira.acme.example"\n\nr = requests.post(JIRA + "/issue", auth=("bot", "s3cretPass"))\n',
        reason: 'built on the base URL of another host, beside an API Connect one',
      },
      { path: 'a.sh', text: 'curl -u admin:passw0rd https://api.example.com/v1/me\n', reason: 'not an API Connect host' },
      {
        path: 'a.sh',
        text: 'curl -H "Authorization: Bearer $APIC_TOKEN" https://us.apiconnect.ibmcloud.com/v1/me\n',
        reason: 'bearer token: what API Connect wants',
      },
      {
        path: 'a.sh',
        text: 'curl -H "Authorization: Basic Yng6Yng=" https://us.apiconnect.ibmcloud.com/v1/me\n',
        reason: 'public CLI client bx:bx',
      },
      {
        path: 'a.md',
        text: 'API Connect (https://us.apiconnect.ibmcloud.com) stopped accepting Basic authentication in 2018.\n',
        reason: 'prose about Basic auth',
      },
      {
        path: 'a.sh',
        text: 'curl https://us.apiconnect.ibmcloud.com/v1/me -H "Authorization: Bearer $T"\ngit push -u origin main\n',
        reason: '-u of another command',
      },
      {
        path: 'a.py',
        text: 'APIC = "https://us.apiconnect.ibmcloud.com"\nOTHER = "https://api.example.com"\nr = requests.get(OTHER, auth=(u, p))\n',
        reason: 'the nearest URL is another host',
      },
      {
        path: 'a.js',
        text: "const base = 'https://us.apiconnect.ibmcloud.com';\nrequest.get(base).auth(token, { type: 'bearer' });\n",
        reason: 'superagent bearer auth',
      },
      {
        path: 'a.js',
        text: "const base = 'https://us.apiconnect.ibmcloud.com';\nconst client = axios.create({ baseURL: base, auth: { type: 'oauth2' } });\n",
        reason: 'an auth object without username and password',
      },
      {
        path: 'orders.postman_collection.json',
        text: '{"request": {"auth": {"type": "basic", "basic": [{"key": "password", "value": "{{pw}}"}]}, "url": {"raw": "https://api.example.com/orders"}}}\n',
        reason: 'Postman basic auth to a host that is not API Connect',
      },
    ],
  },
} satisfies Rule;
