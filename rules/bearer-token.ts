import { lineBefore } from '../src/engine/context.js';
import { hexShape, randomShape } from '../src/engine/entropy.js';
import { decodeJwt, decodeJwtHeader } from '../src/engine/jwt.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import { kubernetesSecret } from '../src/engine/decode.js';
import type { Rule } from '../src/engine/rule.js';

// A literal token after `Bearer` in an Authorization header (code, curl, .http files, docs), or the value of
// `<SERVICE>_BEARER_TOKEN` (the SDKs' external configuration, ibm-credentials.env).
// Only a literal counts: `Bearer ${t}`, `'Bearer ' + t`, `Bearer <token>`, `{{token}}` and `$TOKEN`
// cannot match, because the token class starts right after the blanks and admits none of `$ { < ' "`.
const AUTH_BEFORE = /(?:auth[a-z_-]*|token)['"`\]]?\s*[:=,]?\s*\(?\s*['"`]?\s*$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = String.raw`[A-Za-z0-9_~+/-][A-Za-z0-9._~+/-]{11,}=*`;

export const bearerToken = {
  id: 'bearer-token' as const,
  title: 'Hard-coded bearer token',
  message: 'Hard-coded bearer token',
  severity: 'error',
  carrier: 'authorization-header',
  decoders: [kubernetesSecret],
  keywords: ['bearer'],
  near: 1,
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9_])[Bb]earer[ \t]+(?<secret>${TOKEN})|(?:_|(?<![A-Za-z0-9_]))BEARER_TOKEN[ \t]*[=:][ \t]*["']?(?<env>${TOKEN}))(?![A-Za-z0-9._~+/=-])`,
    'dg',
  ),
  validate(match, { text }) {
    const token = match.groups?.secret ?? match.groups?.env ?? '';
    if (match.groups?.secret !== undefined && !AUTH_BEFORE.test(lineBefore(text, match.index, 80))) {
      return { ok: false, reason: 'not the value of an Authorization header' };
    }
    if (token.startsWith('e') && token.includes('.')) {
      if (decodeJwt(token)) return { ok: false, reason: 'a JWT (ibm-iam-token or jwt reports it)' };
      // A JWT header before a payload that does not decode: a sample someone broke on purpose, not an opaque token.
      if (decodeJwtHeader(token)) return { ok: false, reason: 'a malformed JWT' };
    }
    if (token.includes('..') || token.endsWith('.')) return { ok: false, reason: 'elided sample' };
    const placeholder = placeholderReason(token);
    if (placeholder) return { ok: false, reason: placeholder };
    if (token.length < 16) return { ok: false, reason: 'too short for a token' };
    const where = match.groups?.env !== undefined ? 'an SDK bearer-token setting' : 'in an Authorization header';
    // Opaque hex tokens (32+ hex digits, or a UUID: IBM Cloud Monitoring's API tokens) are single-case by
    // nature; anything else must look random.
    if (/^[0-9a-fA-F]{32,}$/.test(token) || UUID.test(token)) {
      const hex = hexShape(token.replaceAll('-', ''), 3.0);
      return hex.ok ? { ok: true, detail: where } : hex;
    }
    const shape = randomShape(token.replace(/[._~+/=]/g, ''), 3.0);
    return shape.ok ? { ok: true, detail: where } : shape;
  },
  examples: {
    positive: [
      { path: 'call.sh', text: (g) => `curl -H "Authorization: Bearer ${g.base64url(40)}" https://api.example.com/v1/things\n` },
      { path: 'api.http', text: (g) => `GET https://api.example.com/v1/me\nAuthorization: Bearer ${g.base64url(64)}\n` },
      { path: 'client.py', text: (g) => `headers = {"Authorization": "Bearer ${g.base64url(32)}"}\n` },
      { path: 'client.ts', text: (g) => `fetch(url, { headers: { Authorization: \`Bearer ${g.base64url(48)}\` } });\n` },
      { path: 'client.js', text: (g) => `xhr.setRequestHeader('Authorization', 'Bearer ${g.base64url(36)}');\n` },
      { path: 'README.md', text: (g) => `    Authorization: Bearer ${g.base64url(28)}.${g.base64url(12)}\n`, reason: 'opaque dotted token' },
      {
        path: 'ibm-credentials.env',
        text: (g) => `SPEECH_TO_TEXT_AUTH_TYPE=bearerToken\nSPEECH_TO_TEXT_BEARER_TOKEN=${g.base64url(120)}\n`,
        reason: "the SDKs' external configuration",
      },
      { path: 'call.sh', text: (g) => `curl -H 'authorization: bearer ${g.hex(40)}' https://api.example.com\n`, reason: 'an opaque hex token' },
      { path: 'config.json', text: (g) => `{"IAMToken": "Bearer ${g.base64url(90)}"}\n`, reason: 'a token-named value with its scheme' },
      {
        path: 'monitoring.md',
        text: (g) => `curl -X POST https://us-south.monitoring.cloud.ibm.com/api/data \\\n  -H 'Authorization: Bearer ${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}'\n`,
        reason: 'an API token shaped as a UUID (IBM Cloud Monitoring)',
      },
    ],
    negative: [
      { path: 'c.ts', text: 'headers: { Authorization: `Bearer ${token}` }\n', reason: 'template expression' },
      { path: 'c.js', text: "headers['Authorization'] = 'Bearer ' + accessToken;\n", reason: 'concatenated variable' },
      { path: 'c.md', text: 'Authorization: Bearer <access_token>\n', reason: 'placeholder' },
      { path: 'c.http', text: 'Authorization: Bearer {{token}}\n', reason: 'REST client variable' },
      { path: 'c.sh', text: 'curl -H "Authorization: Bearer $TOKEN" https://x\n', reason: 'shell variable' },
      { path: 'c.md', text: 'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE\n', reason: 'placeholder wording' },
      { path: 'c.md', text: 'Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxx\n', reason: 'masked' },
      { path: 'c.md', text: 'Send the IAM token as a Bearer token in the Authorization header.\n', reason: 'prose' },
      { path: 'c.md', text: 'Authorization: Bearer eyJraWQiOiIyMDk5MDEwMS0wMDowMDowMCIsImFsZyI6IlJTMjU2In0...\n', reason: 'elided doc sample' },
      { path: 'c.py', text: 'token_type = "Bearer"\nexpires_in = 3600\n', reason: 'token type, not a header' },
      { path: 'c.py', text: 'headers = {"Authorization": f"Bearer {token}"}\n', reason: 'Python f-string' },
      { path: 'c.py', text: 'headers = {"Authorization": "Bearer %s" % token}\n', reason: 'printf-style formatting' },
      { path: 'c.rb', text: 'req["Authorization"] = "Bearer #{token}"\n', reason: 'Ruby interpolation' },
      { path: 'ci.yml', text: 'Authorization: Bearer ${{ secrets.IBM_TOKEN }}\n', reason: 'GitHub Actions expression' },
      { path: 'c.md', text: 'WWW-Authenticate: Bearer realm="example", error="invalid_token"\n', reason: 'a challenge, not a credential' },
      { path: 'ibm-credentials.env', text: 'DISCOVERY_BEARER_TOKEN=${DISCOVERY_TOKEN}\n', reason: 'variable reference' },
      {
        path: 'c.sh',
        text: (g) => `curl -H "Authorization: Bearer ${g.jwt({ sub: 'x', iss: 'https://auth.example.org' })}" https://x\n`,
        reason: 'a JWT: the jwt rule reports it',
      },
      { path: 'c.md', text: 'Authorization: Bearer 0123456789abcdef0123456789abcdef\n', reason: 'sequential hex' },
      {
        path: 'trace_test.go',
        text: (g) => `input: "Authorization: Bearer ${Buffer.from('{"kid":"k1","alg":"RS256"}').toString('base64url')}.${g.base64url(120)}.${g.base64url(60)}"\n`,
        reason: 'a JWT header before a payload that does not decode: a broken sample',
      },
    ],
  },
} satisfies Rule;
