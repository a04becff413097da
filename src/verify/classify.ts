import { decodeJwt, ibmTokenInfo } from '../engine/jwt.js';
import { redact } from '../engine/redact.js';
import { stripControl } from '../printable.js';
import type { Verification } from '../types.js';
import type { Attempt } from './iam.js';

// SPEC §6: only what IAM answered clearly is `live`, `disabled` or `invalid`; everything else is `unknown`
// with a reason. A rate limit or an outage is never reported as "invalid" (reference/anchors.md (d) 10).

/** IAM's error codes for a key that exists but is disabled, and for keys that cannot be used (reference §4.3). */
const DISABLED = new Set(['BXNIM0462E']);
const INVALID: Record<string, string> = { BXNIM0415E: 'key not found', BXNIM0439E: 'key expired' };
/** IAM saying our request was malformed: a bug on our side, which must not pass for an answer about the key. */
const OUR_FAULT = new Set(['BXNIM0109E', 'BXNIM0106E', 'BXNIM0060E']);

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Pieces of the key this long or longer are never shown: an echo cut short, or split across fields, is found too. */
const PIECE = 8;

/** Every run of the key's alphabet in `text` that holds a piece of `apikey`, the run made `redact(apikey)`. */
function withoutKey(text: string, apikey: string): string {
  const length = Math.min(PIECE, apikey.length);
  const pieces = new Set<string>();
  for (let i = 0; i + length <= apikey.length; i++) pieces.add(apikey.slice(i, i + length));
  return text.replace(/[\w-]+/g, (run) => {
    for (let i = 0; i + length <= run.length; i++) if (pieces.has(run.slice(i, i + length))) return redact(apikey);
    return run;
  });
}

/**
 * IAM's own words, made safe to print: one line of printable ASCII, short, and never the key or a piece of
 * it (a server may echo what it got, whole, cut short or split across fields). Terminal sequences go first
 * (stripControl), then every character beyond printable ASCII, so that none inside the key (a control, a
 * format or a combining character) hides it from the search; IAM writes its messages in English.
 */
function sanitize(text: string, apikey: string, max: number): string {
  const shown = withoutKey(stripControl(text).replace(/[^\x20-\x7e]/g, ''), apikey).trim();
  return shown.length > max ? `${shown.slice(0, max - 3)}...` : shown;
}

/** A claim of the token IAM answered with, shown only as the short printable value of its kind. */
function claim(value: string | undefined, shape: RegExp, apikey: string): string | undefined {
  if (value === undefined || !shape.test(value)) return undefined;
  return withoutKey(value, apikey) === value ? value : undefined;
}

/** What the claims of a real IAM token look like: an account id, an IAM id or e-mail, and a subject type. */
const ACCOUNT = /^[0-9a-f]{32}$/;
const IDENTITY = /^[\w.@+-]{1,128}$/;
const SUB_TYPE = /^[A-Za-z]{1,32}$/;

function live(body: Record<string, unknown>, apikey: string): Verification | undefined {
  const token = typeof body.access_token === 'string' ? decodeJwt(body.access_token) : undefined;
  if (!token) return undefined;
  // Only these facts are kept; the token itself goes out of scope here and is never stored or printed.
  const info = ibmTokenInfo(token.payload);
  const verification: Verification = { status: 'live' };
  const account = claim(info.account, ACCOUNT, apikey);
  const identity = claim(info.identity, IDENTITY, apikey);
  const subType = claim(info.subType, SUB_TYPE, apikey);
  if (account) verification.account = account;
  if (identity) verification.identity = identity;
  if (subType) verification.subType = subType;
  return verification;
}

/** What one answer (or its absence) says about a key. `apikey` is only used to keep it out of the reason. */
export function classify(attempt: Attempt, apikey: string): Verification {
  if (attempt.kind === 'failure') return { status: 'unknown', reason: attempt.reason };
  const { status } = attempt;
  const json = parseJson(attempt.body);
  if (status === 200) {
    if (!json) {
      const type = sanitize(attempt.contentType.split(';')[0] ?? '', apikey, 60);
      return { status: 'unknown', reason: `IAM answered 200 with a body that is not JSON (${type || 'no content type'})` };
    }
    return live(json, apikey) ?? { status: 'unknown', reason: 'IAM answered 200 without a JWT access_token' };
  }
  if (status >= 300 && status < 400) return { status: 'unknown', reason: `IAM answered ${status} (a redirect, not followed)` };
  if (status === 429) return { status: 'unknown', reason: 'rate limited by IAM (429)' };
  if (status >= 500) return { status: 'unknown', reason: `IAM server error (${status})` };
  const code = typeof json?.errorCode === 'string' ? sanitize(json.errorCode, apikey, 40) || undefined : undefined;
  const message = typeof json?.errorMessage === 'string' ? sanitize(json.errorMessage, apikey, 160) : '';
  const said = code ? `${code}${message ? `: ${message}` : ''}` : `no IAM error code`;
  if (code && (status === 400 || status === 401)) {
    if (DISABLED.has(code)) return { status: 'disabled', reason: `key disabled (${code})` };
    const invalid = Object.hasOwn(INVALID, code) ? INVALID[code] : undefined; // IAM's word: `constructor` is no code of ours
    if (invalid) return { status: 'invalid', reason: `${invalid} (${code})` };
  }
  if (code && OUR_FAULT.has(code)) {
    return { status: 'unknown', reason: `IAM rejected the request itself (${status} ${said}); this is a secret-hygiene bug, please report it` };
  }
  return { status: 'unknown', reason: `unexpected answer from IAM (${status} ${said})` };
}
