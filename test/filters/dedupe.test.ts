import { describe, expect, it } from 'vitest';
import { dedupe } from '../../src/filters/dedupe.js';
import type { SecretFinding } from '../../src/types.js';

const f = (path: string, line: number, fingerprint = 'fp', extra: Partial<SecretFinding> = {}): SecretFinding => ({
  ruleId: 'jwt',
  message: 'JSON Web Token',
  severity: 'error',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 10,
  redacted: '…(9 chars)',
  fingerprint,
  secret: 'not-used',
  ...extra,
});

describe('dedupe', () => {
  it('drops exact repeats (same rule, secret, path and position), keeping order', () => {
    const found = [f('a', 1), f('a', 1), f('a', 2), f('b', 1), f('a', 1, 'other')];
    expect(dedupe(found).map((x) => `${x.path}:${x.line}:${x.fingerprint}`)).toEqual(['a:1:fp', 'a:2:fp', 'b:1:fp', 'a:1:other']);
  });

  it('keeps the same secret at the same place in two commits', () => {
    const commit = (sha: string) => ({ commit: { sha, author: 'a', email: 'e', date: 'd' } });
    expect(dedupe([f('a', 1, 'fp', commit('1')), f('a', 1, 'fp', commit('2'))])).toHaveLength(2);
  });

  it('per path keeps only the first occurrence of a secret in each path', () => {
    const found = [f('a', 5), f('a', 1), f('b', 9)];
    expect(dedupe(found, true).map((x) => `${x.path}:${x.line}`)).toEqual(['a:5', 'b:9']);
  });
});
