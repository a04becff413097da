import type { Rule } from '../src/engine/rule.js';

// IBM API Connect stopped accepting HTTP Basic auth on its management APIs on 2018-08-15: callers must
// exchange an IBM Cloud API key at the API Connect token service and send `Authorization: Bearer <token>`.
// The credentials may be variables: the scheme itself is what API Connect rejects.

/** API Connect hosts (SPEC §2, reference §3.3). */
export const APIC_HOST =
  /(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)*(?:apiconnect\.(?:cloud\.ibm\.com|ibmcloud\.com|automation\.ibm\.com)|apimanager\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?![A-Za-z0-9-])/;

/** `Authorization: Basic`, `"Authorization": "Basic`, or a quoted `'Basic '` being built. */
const HEADER_BEFORE = /(?:authorization['"\x60]?\s*[:=,]\s*['"\x60]?\s*|['"\x60])$/i;

/** The lines around a match that still belong to one command or request. */
const WINDOW_LINES = 8;

function windowAround(text: string, start: number, end: number): string {
  let from = start;
  for (let n = 0; n <= WINDOW_LINES && from > 0; n++) from = text.lastIndexOf('\n', from - 1);
  let to = end;
  for (let n = 0; n <= WINDOW_LINES && to !== -1 && to < text.length; n++) to = text.indexOf('\n', to + 1);
  return text.slice(Math.max(0, from), to === -1 ? text.length : to);
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
      // Authorization: Basic … / "Authorization": "Basic … / 'Basic ' + btoa(…)
      String.raw`(?<![A-Za-z0-9_])Basic(?:[ \t]+|['"\x60]?[ \t]*\+[ \t]*)(?<basic>[^\s'"\x60,;)}]{1,512}|\$\{[^}\n]{1,256}\})`,
      // curl -u user:pass / --user user:pass
      String.raw`(?<![A-Za-z0-9_-])(?:-u|--user)[ \t=]+(?<curl>"[^"\n]{1,256}"|'[^'\n]{1,256}'|[^\s'"-][^\s]{0,255})`,
      // requests auth=(…) / HTTPBasicAuth(…), Go SetBasicAuth(…), OkHttp Credentials.basic(…), superagent .auth(…), axios auth: {
      String.raw`(?<![A-Za-z0-9_])(?<call>auth\s{0,8}=\s{0,8}\(|HTTPBasicAuth\(|SetBasicAuth\(|Credentials\.basic\(|\.auth\(|auth\s{0,8}:\s{0,8}\{)`,
    ].join('|'),
    'dgi',
  ),
  validate(match, { text }) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    if (groups.basic !== undefined) {
      if (groups.basic === 'Yng6Yng=') return { ok: false, reason: 'public CLI client bx:bx' };
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      const before = text.slice(Math.max(lineStart, match.index - 80), match.index);
      if (!HEADER_BEFORE.test(before)) return { ok: false, reason: 'Basic is not an Authorization header value' };
    }
    // The URL form names its host right after '@'; the others need one in the same command or request.
    const host =
      groups.url !== undefined
        ? APIC_HOST.exec(/^[A-Za-z0-9.-]*/.exec(text.slice(end, end + 256))?.[0] ?? '')
        : APIC_HOST.exec(windowAround(text, match.index, end));
    if (!host) return { ok: false, reason: 'no API Connect host in this request' };
    return { ok: true, detail: `host ${host[0]}` };
  },
  examples: {
    positive: [
      // secret-hygiene:allow -- rule example
      { path: 'apic.sh', text: 'curl -u admin:passw0rd https://us.apiconnect.ibmcloud.com/v1/me\n' },
      {
        path: 'apic.sh',
        // secret-hygiene:allow -- rule example
        text: 'curl -X GET \\\n  -H "Authorization: Basic YWRtaW46cGFzc3cwcmQ=" \\\n  https://api.eu-de.apiconnect.cloud.ibm.com/v1/catalogs\n',
      },
      // secret-hygiene:allow -- rule example
      { path: 'apic.md', text: 'GET https://admin:s3cret@apimanager.example.com/v1/orgs\n' },
      {
        path: 'client.py',
        // secret-hygiene:allow -- rule example
        text: 'API = "https://myorg.us-east.apiconnect.automation.ibm.com/api"\nr = requests.get(API + "/catalogs", auth=(user, password))\n',
        reason: 'variables count: the scheme is what API Connect rejects',
      },
      {
        path: 'client.js',
        // secret-hygiene:allow -- rule example
        text: "const base = 'https://us.apiconnect.ibmcloud.com';\naxios.get(`${base}/v1/me`, { auth: { username: u, password: p } });\n",
      },
      {
        path: 'client.go',
        // secret-hygiene:allow -- rule example
        text: 'req, _ := http.NewRequest("GET", "https://us.apiconnect.ibmcloud.com/v1/me", nil)\nreq.SetBasicAuth(user, pass)\n',
      },
      {
        path: 'Client.java',
        // secret-hygiene:allow -- rule example
        text: 'String url = "https://eu.apiconnect.ibmcloud.com/v1/me";\nString cred = Credentials.basic(user, pass);\n',
      },
    ],
    negative: [
      // secret-hygiene:allow -- rule example
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
    ],
  },
};
