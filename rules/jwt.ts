import { createHmac } from 'node:crypto';
import { isIbmIssuer } from '../src/engine/jwt.js';
import { kubernetesSecret } from '../src/engine/decode.js';
import type { Rule } from '../src/engine/rule.js';
import { isPublicSample, JWT_KEYWORDS, JWT_NEAR, JWT_PATTERN, realJwt } from './jwt-shape.js';

/** A real HS256 token signed with `secret`, as tutorials print them. */
function hs256(payload: Record<string, unknown>, secret: string): string {
  const part = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const signed = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

export const jwt = {
  id: 'jwt' as const,
  title: 'JSON Web Token',
  message: 'JSON Web Token',
  severity: 'error',
  decoders: [kubernetesSecret],
  keywords: JWT_KEYWORDS,
  near: JWT_NEAR,
  pattern: JWT_PATTERN,
  validate(match) {
    const verdict = realJwt(match[0]);
    if (!verdict.ok) return verdict;
    const { header, payload } = verdict.decoded;
    if (isIbmIssuer(payload) && header.alg === 'RS256') return { ok: false, reason: 'an IBM IAM token (ibm-iam-token reports it)' };
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
      {
        path: 'iam_test.go',
        text: (g) => `token := "${g.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://iam.cloud.ibm.com/identity' }, { alg: 'HS256', typ: 'JWT' })}"\n`,
        reason: 'an IAM-looking token that IAM did not sign (HS256)',
      },
    ],
    negative: [
      { text: () => `${hs256({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret')}\n`, reason: 'the jwt.io sample token' },
      {
        text: (g) => `${g.jwt({ sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, { alg: 'RS256', typ: 'JWT' })}\n`,
        reason: "the payload of jwt.io's RS256 sample, whatever its signature",
      },
      { text: 'eyJraWQiOiIyM...\n', reason: 'truncated doc sample' },
      { text: 'eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24gYXQgYWxs.c2lnbmF0dXJlc2lnbmF0dXJl\n', reason: 'payload is not JSON' },
      {
        text: (g) => `${g.jwt({ sub: 'x' }, { alg: 'none' })}\n`,
        reason: 'unsigned token',
      },
      {
        text: (g) => `token: ${g.jwt({ sub: 'svc-42' }, { alg: 'HS256', typ: 'JWT' }, 'c2lnbmF0dXJlc2lnbmF0dXJl')}\n`,
        reason: 'a made-up signature: HS256 signatures are 43 characters',
      },
      {
        text: () => `>>> print(encoded)\n${hs256({ some: 'payload' }, 'secret')}\n`,
        reason: "PyJWT's README token, signed with the documentation secret 'secret'",
      },
    ],
  },
} satisfies Rule;
