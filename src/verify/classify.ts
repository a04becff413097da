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

/**
 * IAM's own words, made safe to print: one line, short, and never the key (a server may echo what it got).
 * Terminal sequences and control and format characters go first (stripControl): an echo with one inside
 * the key would otherwise not be found, and would be printed whole once the character was escaped.
 */
function sanitize(text: string, apikey: string, max: number): string {
  const shown = stripControl(text).split(apikey).join(redact(apikey)).trim();
  return shown.length > max ? `${shown.slice(0, max - 3)}...` : shown;
}

function live(body: Record<string, unknown>): Verification | undefined {
  const token = typeof body.access_token === 'string' ? decodeJwt(body.access_token) : undefined;
  if (!token) return undefined;
  // Only these facts are kept; the token itself goes out of scope here and is never stored or printed.
  const info = ibmTokenInfo(token.payload);
  const verification: Verification = { status: 'live' };
  if (info.account) verification.account = info.account;
  if (info.identity) verification.identity = info.identity;
  if (info.subType) verification.subType = info.subType;
  return verification;
}

/** What one answer (or its absence) says about a key. `apikey` is only used to keep it out of the reason. */
export function classify(attempt: Attempt, apikey: string): Verification {
  if (attempt.kind === 'failure') return { status: 'unknown', reason: attempt.reason };
  const { status } = attempt;
  const json = parseJson(attempt.body);
  if (status === 200) {
    if (!json) return { status: 'unknown', reason: `IAM answered 200 with a body that is not JSON (${attempt.contentType || 'no content type'})` };
    return live(json) ?? { status: 'unknown', reason: 'IAM answered 200 without a JWT access_token' };
  }
  if (status >= 300 && status < 400) return { status: 'unknown', reason: `IAM answered ${status} (a redirect, not followed)` };
  if (status === 429) return { status: 'unknown', reason: 'rate limited by IAM (429)' };
  if (status >= 500) return { status: 'unknown', reason: `IAM server error (${status})` };
  const code = typeof json?.errorCode === 'string' ? sanitize(json.errorCode, apikey, 40) || undefined : undefined;
  const message = typeof json?.errorMessage === 'string' ? sanitize(json.errorMessage, apikey, 160) : '';
  const said = code ? `${code}${message ? `: ${message}` : ''}` : `no IAM error code`;
  if (code && (status === 400 || status === 401)) {
    if (DISABLED.has(code)) return { status: 'disabled', reason: `key disabled (${code})` };
    const invalid = INVALID[code];
    if (invalid) return { status: 'invalid', reason: `${invalid} (${code})` };
  }
  if (code && OUR_FAULT.has(code)) {
    return { status: 'unknown', reason: `IAM rejected the request itself (${status} ${said}); this is a secret-hygiene bug, please report it` };
  }
  return { status: 'unknown', reason: `unexpected answer from IAM (${status} ${said})` };
}
