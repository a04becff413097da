import { ibmTokenInfo, isIbmIssuer } from '../src/engine/jwt.js';
import { kubernetesSecret } from '../src/engine/decode.js';
import type { Rule } from '../src/engine/rule.js';
import { JWT_KEYWORDS, JWT_NEAR, JWT_PATTERN, realJwt } from './jwt-shape.js';

// IAM access tokens are RS256 JWTs issued by https://iam.cloud.ibm.com/identity (reference §3.1).
// They live an hour at most, but a leaked one still shows the account and identity: we say which, offline.

function describe(info: ReturnType<typeof ibmTokenInfo>): string {
  const parts: string[] = [];
  if (info.account) parts.push(`account ${info.account}`);
  if (info.identity) parts.push(`identity ${info.identity}${info.subType ? ` (${info.subType})` : ''}`);
  if (info.expiresAt) parts.push(info.expired ? `expired ${info.expiresAt}` : `valid until ${info.expiresAt}`);
  return parts.join(', ');
}

export const ibmIamToken = {
  id: 'ibm-iam-token' as const,
  title: 'IBM Cloud IAM access token',
  message: 'IBM Cloud IAM access token',
  severity: 'error',
  decoders: [kubernetesSecret],
  keywords: JWT_KEYWORDS,
  near: JWT_NEAR,
  pattern: JWT_PATTERN,
  validate(match) {
    const verdict = realJwt(match[0]);
    if (!verdict.ok) return verdict;
    const { header, payload } = verdict.decoded;
    if (!isIbmIssuer(payload)) return { ok: false, reason: 'not issued by IBM Cloud IAM' };
    if (header.alg !== 'RS256') return { ok: false, reason: 'IAM signs RS256: another alg is a made-up token (jwt reports it)' };
    const token = ibmTokenInfo(payload);
    return { ok: true, token, detail: describe(token) };
  },
  examples: {
    positive: [
      {
        path: 'notes.md',
        text: (g) =>
          `curl -H "Authorization: Bearer ${g.jwt({
            iam_id: 'iam-ServiceId-3baff598-ddf1-4c44-9424-3255e57361a3',
            sub_type: 'ServiceId',
            account: { valid: true, bss: g.hex(32) },
            iat: 1893456000,
            exp: 1893459600,
            iss: 'https://iam.cloud.ibm.com/identity',
          })}" https://resource-controller.cloud.ibm.com/v2/resource_instances\n`,
      },
      {
        path: '.env',
        text: (g) => `IC_IAM_TOKEN=${g.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://iam.bluemix.net/identity', exp: 1500000000 })}\n`,
        reason: 'legacy issuer, expired',
      },
      {
        path: 'token.json',
        text: (g) => `{"access_token": "${g.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://private.us-south.iam.cloud.ibm.com/identity', exp: 4102444800 })}"}\n`,
        reason: 'issued by a private IAM endpoint',
      },
    ],
    negative: [
      { text: 'Authorization: Bearer eyJraWQiOiIyMDk5MDEwMS0wMDowMDowMCIsImFsZyI6IlJTMjU2In0.eyJ...\n', reason: 'truncated doc sample' },
      { text: 'header: eyJraWQiOiIyMDk5MDEwMS0wMDowMDowMCIsImFsZyI6IlJTMjU2In0\n', reason: 'a lone header' },
      {
        text: (g) => `token = "${g.jwt({ sub: 'u1', iss: 'https://accounts.example.com' })}"\n`,
        reason: 'a JWT from another issuer is the jwt rule’s',
      },
      {
        text: (g) => `token: ${g.jwt({ iss: 'https://iam.cloud.ibm.com/identity', exp: 1 }, { alg: 'RS256' }, 'abc123abc123abc123')}\n`,
        reason: 'a made-up signature: RS256 signatures are 342 characters or more',
      },
      {
        text: (g) => `token: ${g.jwt({ iss: 'https://iam.cloud.ibm.com.attacker.example/identity' })}\n`,
        reason: 'an issuer that only starts like IBM IAM',
      },
      {
        text: (g) => `token: ${g.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://iam.cloud.ibm.com/identity' }, { alg: 'HS256' })}\n`,
        reason: 'IAM signs RS256: an HS256 token with its issuer was made up (the jwt rule reports it)',
      },
    ],
  },
} satisfies Rule;
