import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelay } from '../../src/verify/retry.js';
import type { Attempt } from '../../src/verify/iam.js';

const answer = (status: number): Attempt => ({ kind: 'answer', status, contentType: '', body: '', ms: 1 });

describe('isRetryable', () => {
  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [599, true],
    [501, false],
    [400, false],
    [401, false],
    [302, false],
    [200, false],
  ])('%i → %s', (status, expected) => {
    expect(isRetryable(answer(status))).toBe(expected);
  });

  it('does not retry a request that got no answer (a timeout would double the wait)', () => {
    expect(isRetryable({ kind: 'failure', reason: 'x', timeout: true, ms: 1 })).toBe(false);
  });
});

describe('retry delays', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('backs off exponentially up to a cap, unless the server said when', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, undefined, DEFAULT_RETRY, now))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000]);
    expect(retryDelay(1, '45', DEFAULT_RETRY, now)).toBe(45_000);
    expect(retryDelay(3, 'garbage', DEFAULT_RETRY, now)).toBe(4000);
  });
});
