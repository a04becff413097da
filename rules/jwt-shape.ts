import { decodeJwt, signatureFits, signedWithPublicSecret, type DecodedJwt } from '../src/engine/jwt.js';

// The pattern shared by `ibm-iam-token` and `jwt`: three base64url parts whose header and payload are JSON
// objects, so each starts with the base64 of `{"` (eyJ), `{ "` (eyAi), `{\n` (ewo), `{\r\n` (ew0K) or `{\t` (ewk).
// Each part sits behind a boundary lookbehind, so a long run is entered once and matching stays linear.
const OBJECT = '(?:eyJ|eyAi|ewo|ew0K|ewk)';
export const JWT_PATTERN = new RegExp(
  String.raw`(?<![A-Za-z0-9_-])(?<secret>${OBJECT}[A-Za-z0-9_-]{6,}\.${OBJECT}[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])`,
  'dg',
);

/**
 * What each of the two rules needs before it looks at the token: the payload's start after its dot. The
 * header's start alone (`ewo`) is in every "framework", which sent most of a history through the engine.
 */
export const JWT_KEYWORDS = ['.eyj', '.eyai', '.ewo', '.ew0k', '.ewk'] as const;
/** How far before the payload's dot a token may start: headers, even with an `x5c` chain, are shorter. */
export const JWT_NEAR = 16 * 1024;

/**
 * Tokens printed in public tutorials, which are no one's credential: the payloads of jwt.io and RFC 7519,
 * and any HMAC token signed with a documentation secret (`secret`, `your-256-bit-secret`, …).
 */
export function isPublicSample(token: string, decoded: DecodedJwt): boolean {
  const { payload } = decoded;
  return (
    (payload.sub === '1234567890' && (payload.name === 'John Doe' || payload.admin === true)) ||
    (payload.iss === 'joe' && payload['http://example.com/is_root'] === true) ||
    signedWithPublicSecret(token, String(decoded.header.alg))
  );
}

export type JwtVerdict = { ok: true; decoded: DecodedJwt } | { ok: false; reason: string };

/** A token both rules accept as a real JWT: JSON header with `alg`, JSON payload, a signature of the size `alg` makes. */
export function realJwt(token: string): JwtVerdict {
  const decoded = decodeJwt(token);
  if (!decoded) return { ok: false, reason: 'header or payload is not JSON with alg' };
  const alg = String(decoded.header.alg);
  if (alg.toLowerCase() === 'none') return { ok: false, reason: 'unsigned (alg none): grants nothing' };
  const signature = token.slice(token.lastIndexOf('.') + 1);
  if (!signatureFits(alg, signature.length)) return { ok: false, reason: `a ${signature.length}-character signature cannot be ${alg}: a sample` };
  return { ok: true, decoded };
}
