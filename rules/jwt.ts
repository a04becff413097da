import { decodeJwt, isIbmIssuer } from '../src/engine/jwt.js';
import type { Rule } from '../src/engine/rule.js';
import { isPublicSample, JWT_PATTERN } from './jwt-shape.js';

export const jwt: Rule = {
  id: 'jwt',
  title: 'JSON Web Token',
  message: 'JSON Web Token',
  severity: 'error',
  // The dot before the payload (`.ey`, `.ew`) is in every match; `ewo` is in every "framework".
  keywords: ['.ey', '.ew'],
  pattern: JWT_PATTERN,
  validate(match) {
    const decoded = decodeJwt(match[0]);
    if (!decoded) return { ok: false, reason: 'header or payload is not JSON with alg' };
    if (isIbmIssuer(decoded.payload)) return { ok: false, reason: 'an IBM IAM token (ibm-iam-token reports it)' };
    if (String(decoded.header.alg).toLowerCase() === 'none') return { ok: false, reason: 'unsigned (alg none): grants nothing' };
    if (isPublicSample(decoded.payload)) return { ok: false, reason: 'public sample token' };
    return { ok: true };
  },
  examples: {
    positive: [
      {
        path: 'client.ts',
        text: (g) => `const token = '${g.jwt({ sub: 'svc-42', iss: 'https://auth.example.org', exp: 4102444800 })}';\n`,
      },
      { path: 'cfg.json', text: (g) => `{"session": "${g.jwt({ uid: 7 }, { alg: 'HS256', typ: 'JWT' })}"}\n` },
      {
        path: 'client.txt',
        text: (g) => {
          const part = (o: object): string => Buffer.from(JSON.stringify(o, null, 1).replace(/\n/g, ' ')).toString('base64url');
          return `token: ${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: 'svc-7', iss: 'https://auth.example.org' })}.${g.base64url(43)}\n`;
        },
        reason: 'JSON with spaces encodes as eyA…: neither eyJ nor ewo',
      },
    ],
    negative: [
      {
        // secret-hygiene:allow -- the public jwt.io sample
        text: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n',
        reason: 'the public jwt.io sample token',
      },
      { text: 'eyJraWQiOiIyM...\n', reason: 'truncated doc sample' },
      { text: 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJlc2lnbmF0dXJl\n', reason: 'payload is not JSON' },
      {
        text: (g) => `${g.jwt({ sub: 'x' }, { alg: 'none' })}\n`,
        reason: 'unsigned token',
      },
    ],
  },
};
