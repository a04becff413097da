import { createHmac } from 'node:crypto';
import { isIbmIssuer } from '../src/engine/jwt.js';
import type { Rule } from '../src/engine/rule.js';
import { isPublicSample, JWT_KEYWORDS, JWT_PATTERN, realJwt } from './jwt-shape.js';

export const jwt: Rule = {
  id: 'jwt',
  title: 'JSON Web Token',
  message: 'JSON Web Token',
  severity: 'error',
  keywords: JWT_KEYWORDS,
  near: 0,
  pattern: JWT_PATTERN,
  validate(match) {
    const verdict = realJwt(match[0]);
    if (!verdict.ok) return verdict;
    if (isIbmIssuer(verdict.decoded.payload)) return { ok: false, reason: 'an IBM IAM token (ibm-iam-token reports it)' };
    if (isPublicSample(match[0], verdict.decoded)) return { ok: false, reason: 'public sample token' };
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
        path: 'token.txt',
        text: (g) =>
          `${Buffer.from('{ "alg": "HS256" }').toString('base64url')}.${Buffer.from('{\n  "sub": "svc"\n}').toString('base64url')}.${g.base64url(43)}\n`,
        reason: 'pretty-printed header and payload (eyAi…, ewo…)',
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
      {
        text: (g) => `token: ${g.jwt({ sub: 'svc-42' }, { alg: 'HS256', typ: 'JWT' }).replace(/\.[^.]+$/, '.c2lnbmF0dXJlc2lnbmF0dXJl')}\n`,
        reason: 'a made-up signature: HS256 signatures are 43 characters',
      },
      {
        text: () => {
          const signed = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"some":"payload"}').toString('base64url')}`;
          return `>>> print(encoded)\n${signed}.${createHmac('sha256', 'secret').update(signed).digest('base64url')}\n`;
        },
        reason: "PyJWT's README token, signed with the documentation secret 'secret'",
      },
    ],
  },
};
