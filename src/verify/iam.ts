// The IAM client: one POST /identity/token per call, and nothing else. This file and its callers in
// src/verify/ are the only code that touches the network (STYLE.md), and only under --verify.

/** What one request came back with: an HTTP answer, or why there was none. Never holds the key. */
export type Attempt =
  | { kind: 'answer'; status: number; retryAfter?: string; contentType: string; body: string; ms: number }
  | { kind: 'failure'; reason: string; timeout: boolean; ms: number };

export interface ClientOptions {
  /** The token endpoint, validated by `tokenEndpoint` (https, or http on loopback). */
  endpoint: URL;
  timeoutMs: number;
  userAgent: string;
}

// An IAM answer is a few KB (reference §3.1); anything far larger is not IAM, and not worth holding.
const MAX_BODY = 256 * 1024;

async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    parts.push(r.value);
    size += r.value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Why a request got no answer, from the error's code: fetch's own messages say little ("fetch failed"). */
function failureReason(error: unknown, host: string, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer from ${host} within ${timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `DNS lookup failed for ${host} (${code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection to ${host} was reset before an answer (${code})`;
  if (code === 'ECONNREFUSED') return `connection to ${host} refused (${code})`;
  if (code && /CERT|TLS|SSL/.test(code)) return `TLS error with ${host} (${code})`;
  if (code) return `network error with ${host} (${code})`;
  return `network error with ${host}`;
}

/**
 * Exchanges an API key for a token (reference §4.1): the form body IBM documents, JSON answers, our user
 * agent, a timeout that covers the whole exchange (headers and body), and no redirects: a key must reach
 * the configured host or nothing.
 */
export async function requestToken(apikey: string, options: ClientOptions): Promise<Attempt> {
  const started = performance.now();
  const ms = (): number => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers: { Accept: 'application/json', 'User-Agent': options.userAgent },
      // URLSearchParams sets Content-Type: application/x-www-form-urlencoded and a Content-Length, which IAM requires.
      body: new URLSearchParams({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey }),
      redirect: 'manual',
      signal,
    });
    const body = await readCapped(response);
    const attempt: Attempt = {
      kind: 'answer',
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body,
      ms: ms(),
    };
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null) attempt.retryAfter = retryAfter;
    return attempt;
  } catch (error) {
    const timeout = signal.aborted;
    return { kind: 'failure', reason: failureReason(error, options.endpoint.host, timeout, options.timeoutMs), timeout, ms: ms() };
  }
}
