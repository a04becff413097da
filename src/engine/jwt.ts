import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TokenInfo } from '../types.js';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Signature sizes in bytes that each algorithm produces (RFC 7518 §3, RFC 8037); RSA sizes follow the key. */
const SIGNATURE_BYTES: Record<string, (n: number) => boolean> = {
  HS256: (n) => n === 32,
  HS384: (n) => n === 48,
  HS512: (n) => n === 64,
  ES256: (n) => n === 64,
  ES384: (n) => n === 96,
  ES512: (n) => n === 132,
  EdDSA: (n) => n === 64 || n === 114,
};
const RSA = /^(?:RS|PS)(?:256|384|512)$/;

/**
 * Does a base64url signature of `length` characters fit `alg`? A sample token in a document often keeps a
 * real header and payload but a made-up signature (`.signature`, `.abc123…`); a real one has the exact size.
 */
export function signatureFits(alg: string, length: number): boolean {
  if (length % 4 === 1) return false;
  const bytes = Math.floor((length * 6) / 8);
  if (RSA.test(alg)) return bytes >= 128 && bytes <= 1024 && bytes % 8 === 0;
  // Own keys only: `alg` is the token's, and `constructor` or `__proto__` would find Object's.
  const fits = Object.hasOwn(SIGNATURE_BYTES, alg) ? SIGNATURE_BYTES[alg] : undefined;
  return fits ? fits(bytes) : length >= 16;
}

/** The header of a JWT-shaped string, when its first part decodes to a JSON object with `alg`. */
export function decodeJwtHeader(token: string): Record<string, unknown> | undefined {
  const header = decodePart(token.slice(0, token.indexOf('.')));
  return header && typeof header.alg === 'string' ? header : undefined;
}

/** Header and payload of a compact JWS, when both decode to JSON objects and the header names an `alg`. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodePart(parts[0] as string);
  const payload = decodePart(parts[1] as string);
  if (!header || !payload || typeof header.alg !== 'string') return undefined;
  return { header, payload };
}

// Production, staging and the private endpoints (`private.us-south.iam.cloud.ibm.com`), and the legacy bluemix hosts.
/** HMAC secrets of documentation and tutorials (jwt.io, library READMEs): a token they sign protects nothing. */
const PUBLIC_SECRETS = [
  'secret',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  'your-secret',
  'your-secret-key',
  'secretkey',
  'secret-key',
  'mysecret',
  'my-secret',
  'shhhhh',
  'changeme',
  'password',
  'key',
  '',
];
const HMAC = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;

/** Is `token` an HMAC JWT signed with a secret printed in public documentation? */
export function signedWithPublicSecret(token: string, alg: string): boolean {
  if (!Object.hasOwn(HMAC, alg)) return false; // as above
  const hash = HMAC[alg as keyof typeof HMAC];
  const cut = token.lastIndexOf('.');
  const signature = Buffer.from(token.slice(cut + 1), 'base64url');
  const signed = token.slice(0, cut);
  return PUBLIC_SECRETS.some((secret) => {
    const expected = createHmac(hash, secret).update(signed).digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  });
}

const IBM_ISSUERS = /^https:\/\/(?:[a-z0-9-]+\.)*iam\.(?:(?:test|stage1)\.)?(?:cloud\.ibm\.com|bluemix\.net)\/identity\/?$/;

export function isIbmIssuer(payload: Record<string, unknown>): boolean {
  return typeof payload.iss === 'string' && IBM_ISSUERS.test(payload.iss);
}

/** Account, identity and expiry from an IBM IAM token's claims: offline, nothing sent anywhere. */
export function ibmTokenInfo(payload: Record<string, unknown>, now: number = Date.now()): TokenInfo {
  const info: TokenInfo = {};
  if (typeof payload.iss === 'string') info.issuer = payload.iss;
  const account = payload.account as { bss?: unknown } | undefined;
  if (account && typeof account.bss === 'string') info.account = account.bss;
  const identity = payload.iam_id ?? payload.sub;
  if (typeof identity === 'string') info.identity = identity;
  if (typeof payload.sub_type === 'string') info.subType = payload.sub_type;
  if (typeof payload.exp === 'number' && Number.isFinite(payload.exp)) {
    // The claim is the token author's: a date out of `Date`'s range (±8.64e15 ms) has no ISO form.
    const at = new Date(payload.exp * 1000);
    if (!Number.isNaN(at.getTime())) info.expiresAt = at.toISOString();
    info.expired = payload.exp * 1000 <= now;
  }
  return info;
}
