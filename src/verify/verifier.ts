import { setTimeout as sleep } from 'node:timers/promises';
import { PACKAGE } from '../meta.js';
import type { RuleId, SecretFinding, Verification } from '../types.js';
import { classify } from './classify.js';
import { requestToken, type Attempt, type ClientOptions } from './iam.js';
import { forEachLimit } from './pool.js';
import { DEFAULT_RETRY, isRetryable, retryDelay, type RetryPolicy } from './retry.js';

/** Findings whose secret is an IAM API key: the only ones ever sent (a downloaded key file holds one too). */
export const VERIFIED_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['ibm-cloud-api-key', 'ibm-apikey-file']);

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CONCURRENCY = 4;
/** Bound on a whole verify run: no retry waits past it, and no key is sent after it. */
export const DEFAULT_BUDGET_MS = 60_000;
/**
 * Distinct keys sent per run at most (`--verify-max-keys`): a tree planted with thousands of fake keys must
 * not turn a scan into thousands of logins. Real debt is a handful of keys; the rest are `unknown`.
 */
export const DEFAULT_MAX_KEYS = 100;

export interface VerifyOptions {
  endpoint: URL;
  timeoutMs?: number;
  concurrency?: number;
  retry?: RetryPolicy;
  budgetMs?: number;
  maxKeys?: number;
  /** `--debug`: host, status and timing only. */
  debug?: (message: string) => void;
}

/** What the pipeline calls: annotates findings in place, returns the requests sent per host; `notes` gets what the user must know. */
export type Verifier = (findings: SecretFinding[], notes?: string[]) => Promise<Record<string, number>>;

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

function describe(attempt: Attempt): string {
  return attempt.kind === 'answer' ? `${attempt.status} in ${attempt.ms} ms` : `failed after ${attempt.ms} ms: ${attempt.reason}`;
}

export function createVerifier(options: VerifyOptions): Verifier {
  const client: ClientOptions = {
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    userAgent: `secret-hygiene/${PACKAGE.version}`,
  };
  const policy = options.retry ?? DEFAULT_RETRY;
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const host = options.endpoint.host;
  const debug = options.debug;

  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;

  return async (findings, notes) => {
    const requests: Record<string, number> = {};
    const deadline = Date.now() + budgetMs;

    /** Asks IAM about one key, retrying what may pass, within the run's budget. */
    const verifyKey = async (apikey: string): Promise<Verification> => {
      for (let n = 1; ; n++) {
        if (Date.now() >= deadline) return { status: 'unknown', reason: `not sent: the verify time budget (${seconds(budgetMs)}) ran out` };
        requests[host] = (requests[host] ?? 0) + 1;
        const attempt = await requestToken(apikey, client);
        debug?.(`verify: POST ${host}${client.endpoint.pathname}: ${describe(attempt)}`);
        const verification = classify(attempt, apikey);
        if (!isRetryable(attempt)) return verification;
        if (n >= policy.attempts) return { ...verification, reason: `${verification.reason} after ${n} attempts` };
        const wait = retryDelay(n, attempt.retryAfter, policy);
        if (Date.now() + wait > deadline) {
          return { ...verification, reason: `${verification.reason}; not retried: a wait of ${seconds(wait)} is past the verify time budget (${seconds(budgetMs)})` };
        }
        debug?.(`verify: ${host} answered ${attempt.status}: retrying in ${seconds(wait)}`);
        await sleep(wait);
      }
    };

    // Each distinct key once per run, however many times and under whichever rule it was found.
    const byKey = new Map<string, SecretFinding[]>();
    for (const finding of findings) {
      if (!VERIFIED_RULES.has(finding.ruleId)) continue;
      const same = byKey.get(finding.secret);
      if (same) same.push(finding);
      else byKey.set(finding.secret, [finding]);
    }
    const keys = [...byKey];
    for (const [, same] of keys.slice(maxKeys)) {
      for (const finding of same) finding.verification = { status: 'unknown', reason: `not sent: more than ${maxKeys} distinct keys in this run (--verify-max-keys)` };
    }
    if (keys.length > maxKeys) notes?.push(`verify: ${keys.length - maxKeys} of ${keys.length} distinct keys were not sent (the limit is ${maxKeys}; raise it with --verify-max-keys)`);
    await forEachLimit(keys.slice(0, maxKeys), options.concurrency ?? DEFAULT_CONCURRENCY, async ([apikey, same]) => {
      const verification = await verifyKey(apikey);
      for (const finding of same) finding.verification = { ...verification };
    });
    return requests;
  };
}
