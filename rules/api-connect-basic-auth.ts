import { lineBefore, linesAround } from '../src/engine/context.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// IBM API Connect stopped accepting HTTP Basic auth on its management APIs on 2018-08-15: callers must
// exchange an IBM Cloud API key at the API Connect token service and send `Authorization: Bearer <token>`.
// The credentials may be variables: the scheme itself is what API Connect rejects.

/** API Connect hosts (SPEC §2, reference §3.3). */
const APIC_HOST_NAME = String.raw`(?:[A-Za-z0-9-]+\.)*(?:apiconnect\.(?:cloud\.ibm\.com|ibmcloud\.com|automation\.ibm\.com)|apimanager\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`;
/** Is this host name an API Connect host? */
export const APIC_HOST = new RegExp(`^${APIC_HOST_NAME}$`, 'i');
/** An API Connect host anywhere in a text (the ESLint plugin reads hosts out of strings and templates). */
export const APIC_HOST_IN_TEXT = new RegExp(`(?<![A-Za-z0-9.-])${APIC_HOST_NAME}(?![A-Za-z0-9-])`, 'i');

/** Hosts named in text: after a scheme, or bare API Connect hosts (a base URL built from a host variable). */
const HOST = /(?<![A-Za-z0-9.-])(?:https?:\/\/(?:[^\s/@'"\x60]{1,256}@)?)?([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?![A-Za-z0-9-])/g;

/** `Authorization: Basic`, `"Authorization": "Basic`, or a quoted `'Basic '` being built. */
const HEADER_BEFORE = /(?:authorization['"\x60]?\s*[:=,]\s*['"\x60]?\s*|['"\x60])$/i;

/** The lines around a match that still belong to one command or request. */
const WINDOW_LINES = 8;
const WINDOW_CHARS = 2048;

/** The statement holding a match: its line, and the lines `\`-continued into it (a curl command). */
function statement(text: string, start: number, end: number): [number, number] {
  let [from, to] = linesAround(text, start, end, 0, WINDOW_CHARS);
  for (let n = 0; n < WINDOW_LINES && from > 1 && /\\\r?$/.test(text.slice(Math.max(0, from - 3), from - 1)); n++) {
    from = linesAround(text, from - 1, from - 1, 0, WINDOW_CHARS)[0];
  }
  for (let n = 0; n < WINDOW_LINES && to < text.length && /\\\r?$/.test(text.slice(Math.max(0, to - 2), to)); n++) {
    to = linesAround(text, to + 1, to + 1, 0, WINDOW_CHARS)[1];
  }
  return [from, to];
}

interface HostAt {
  at: number;
  host: string;
}

/** Every host named in a text, in order: found once per text, however many candidates ask. */
const hostCache = new WeakMap<DetectInput, HostAt[]>();
function hostsIn(input: DetectInput): HostAt[] {
  let hosts = hostCache.get(input);
  if (!hosts) {
    hosts = [];
    for (const m of input.text.matchAll(HOST)) {
      const host = m[1] ?? '';
      if (m[0].includes('://') || APIC_HOST.test(host)) hosts.push({ at: m.index, host });
    }
    hostCache.set(input, hosts);
  }
  return hosts;
}

/**
 * The host in `[from, to)` nearest before `start`, else nearest after `end` (binary search in the sorted list):
 * a request names its URL first (`http.NewRequest(url)` then `SetBasicAuth`, a `.http` request line, a base
 * URL constant), while a URL on a later line most often belongs to the next request.
 */
function nearestHost(hosts: readonly HostAt[], from: number, to: number, start: number, end: number): string | undefined {
  let lo = 0;
  let hi = hosts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hosts[mid] as HostAt).at < start) lo = mid + 1;
    else hi = mid;
  }
  const before = hosts[lo - 1];
  if (before && before.at >= from) return before.host;
  let next = lo;
  while (next < hosts.length && (hosts[next] as HostAt).at < end) next++;
  const after = hosts[next];
  return after && after.at < to ? after.host : undefined;
}

/**
 * The host a request at `[start, end)` goes to: a URL in its own statement (a curl command with its
 * continuation lines), else the URL or API Connect host nearest before it within a few lines, else after it.
 * So a Basic-auth call to another host beside an API Connect URL is not blamed on API Connect.
 */
function targetHost(input: DetectInput, start: number, end: number): string | undefined {
  const hosts = hostsIn(input);
  const [from, to] = statement(input.text, start, end);
  const [wideFrom, wideTo] = linesAround(input.text, start, end, WINDOW_LINES, WINDOW_CHARS);
  return nearestHost(hosts, from, to, start, end) ?? nearestHost(hosts, wideFrom, wideTo, start, end);
}

export const apiConnectBasicAuth: Rule = {
  id: 'api-connect-basic-auth',
  title: 'HTTP Basic auth against IBM API Connect',
  message: 'HTTP Basic auth against IBM API Connect, which rejects it since 2018: exchange an IBM Cloud API key at the API Connect token service and send Authorization: Bearer <token>',
  severity: 'error',
  keywords: ['apiconnect', 'apimanager'],
  pattern: new RegExp(
    [
      // https://user:pass@host
      String.raw`(?<![A-Za-z0-9+.-])https?://(?<url>[^\s:@/'"\x60]{1,256}:[^\s@/'"\x60]{1,256})@`,
      // Authorization: Basic … / "Authorization": "Basic … / "Basic " + btoa(…)
      String.raw`(?<![A-Za-z0-9_])Basic(?:[ \t]+(?<basic>[^\s'"\x60,;)}]{1,512}|\$\{[^}\n]{1,256}\})|[ \t]*['"\x60][ \t]*\+)`,
      // curl -u user:pass / --user user:pass
      String.raw`(?<![A-Za-z0-9_-])(?:-u|--user)[ \t=]+(?<curl>"[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s'"-][^\s]{0,255})`,
      // requests auth=(…) / HTTPBasicAuth(…), Go SetBasicAuth(…), OkHttp Credentials.basic(…), superagent .auth(…), axios auth: {
      String.raw`(?<![A-Za-z0-9_])(?<call>auth[ \t]{0,8}=[ \t]{0,8}\(|HTTPBasicAuth\(|SetBasicAuth\(|Credentials\.basic\(|\.auth\(|auth[ \t]{0,8}:[ \t]{0,8}\{)`,
    ].join('|'),
    'dg',
  ),
  validate(match, input) {
    const { text } = input;
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    if (groups.url !== undefined) {
      // The URL form names its host right after '@'.
      const host = /^[A-Za-z0-9.-]*/.exec(text.slice(end, end + 256))?.[0] ?? '';
      return APIC_HOST.test(host) ? { ok: true, detail: `host ${host}` } : { ok: false, reason: 'not an API Connect host' };
    }
    if (groups.curl !== undefined && !/(?:^|[\s;&|(])curl[ \t]/.test(text.slice(...statement(text, match.index, end)))) {
      return { ok: false, reason: '-u outside a curl command' };
    }
    if (groups.basic === 'Yng6Yng=') return { ok: false, reason: 'public CLI client bx:bx' };
    if (groups.call === undefined && groups.curl === undefined && !HEADER_BEFORE.test(lineBefore(text, match.index, 80))) {
      return { ok: false, reason: 'Basic is not an Authorization header value' };
    }
    if (groups.call !== undefined) {
      const args = text.slice(end, end + 200);
      if (/bearer/i.test(args)) return { ok: false, reason: 'bearer auth' };
      if (groups.call.endsWith('{') && !/^[^}]*\b(?:user|username|pass|password)\b/.test(args)) {
        return { ok: false, reason: 'an auth object without username and password' };
      }
    }
    const host = targetHost(input, match.index, end);
    if (!host || !APIC_HOST.test(host)) return { ok: false, reason: `the request goes to ${host ?? 'no known host'}, not API Connect` };
    return { ok: true, detail: `host ${host}` };
  },
  examples: {
    positive: [
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
        path: 'client.py',
        // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
        text: 'API = "https://myorg.us-east.apiconnect.automation.ibm.com/api"\nr = requests.get(API + "/catalogs", auth=(user, password))\n',
        reason: 'variables count: the scheme is what API Connect rejects',
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
    ],
  },
};
