import type { Attempt } from './iam.js';

// Retries follow IBM's own node-sdk-core (reference §4.3): 429 and 5xx except 501, exponential backoff,
// and a server's Retry-After wins over our own schedule.

export interface RetryPolicy {
  /** Requests per key at most, the first included. */
  attempts: number;
  baseDelayMs: number;
  /** Cap on our own backoff; a longer Retry-After is honoured, within the run's time budget. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };

export function isRetryable(attempt: Attempt): attempt is Extract<Attempt, { kind: 'answer' }> {
  if (attempt.kind !== 'answer') return false;
  return attempt.status === 429 || (attempt.status >= 500 && attempt.status <= 599 && attempt.status !== 501);
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when unusable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; without this, Date.parse would read "-5" as a year.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait after the `attempt`-th request (1-based) failed in a retryable way. */
export function retryDelay(attempt: number, retryAfter: string | undefined, policy: RetryPolicy, now: number = Date.now()): number {
  return parseRetryAfter(retryAfter, now) ?? Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}
