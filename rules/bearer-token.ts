import { randomShape } from '../src/engine/entropy.js';
import { decodeJwt } from '../src/engine/jwt.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { Rule } from '../src/engine/rule.js';

// A literal token after `Bearer` in an Authorization header (code, curl, .http files, docs).
// Only a literal counts: `Bearer ${t}`, `'Bearer ' + t`, `Bearer <token>`, `{{token}}` and `$TOKEN`
// cannot match, because the token class starts right after the blanks and admits none of `$ { < ' "`.
const AUTH_BEFORE = /auth[a-z_-]*['"`\]]?\s*[:=,]?\s*\(?\s*['"`]?\s*$/i;

export const bearerToken: Rule = {
  id: 'bearer-token',
  title: 'Hard-coded bearer token',
  message: 'Hard-coded bearer token in an Authorization header',
  severity: 'error',
  keywords: ['bearer'],
  pattern: /(?<![A-Za-z0-9_])[Bb]earer[ \t]+(?<secret>[A-Za-z0-9_~+/-][A-Za-z0-9._~+/-]{11,}=*)(?![A-Za-z0-9._~+/=-])/dg,
  validate(match, { text }) {
    const token = match.groups?.secret ?? '';
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const before = text.slice(Math.max(lineStart, match.index - 80), match.index);
    if (!AUTH_BEFORE.test(before)) return { ok: false, reason: 'not the value of an Authorization header' };
    if (token.startsWith('ey') && token.includes('.') && decodeJwt(token)) {
      return { ok: false, reason: 'a JWT (ibm-iam-token or jwt reports it)' };
    }
    if (token.includes('..') || token.endsWith('.')) return { ok: false, reason: 'elided sample' };
    const placeholder = placeholderReason(token);
    if (placeholder) return { ok: false, reason: placeholder };
    if (token.length < 16) return { ok: false, reason: 'too short for a token' };
    const shape = randomShape(token.replace(/[._~+/=]/g, ''), 3.0);
    return shape.ok ? { ok: true } : shape;
  },
  examples: {
    positive: [
      { path: 'call.sh', text: (g) => `curl -H "Authorization: Bearer ${g.base64url(40)}" https://api.example.com/v1/things\n` },
      { path: 'api.http', text: (g) => `GET https://api.example.com/v1/me\nAuthorization: Bearer ${g.base64url(64)}\n` },
      { path: 'client.py', text: (g) => `headers = {"Authorization": "Bearer ${g.base64url(32)}"}\n` },
      { path: 'client.ts', text: (g) => `fetch(url, { headers: { Authorization: \`Bearer ${g.base64url(48)}\` } });\n` },
      { path: 'client.js', text: (g) => `xhr.setRequestHeader('Authorization', 'Bearer ${g.base64url(36)}');\n` },
      { path: 'README.md', text: (g) => `    Authorization: Bearer ${g.base64url(28)}.${g.base64url(12)}\n`, reason: 'opaque dotted token' },
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
    ],
  },
};
