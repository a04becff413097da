import { describe, expect, it, vi } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG, parseConfig } from '../../src/config.js';
import { Locator } from '../../src/engine/locate.js';
import { allowedByComment } from '../../src/filters/allow-comments.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';

const lines = (text: string) => (n: number) => text.split('\n')[n - 1] ?? '';

describe('allowedByComment', () => {
  it.each([
    ['secret-hygiene:allow', 'const k = "…"; // secret-hygiene:allow'],
    ['secret-hygiene:allow with a reason', 'k = "…"  # secret-hygiene:allow -- test fixture'],
    ['gitleaks:allow (migration)', 'k = "…"  # gitleaks:allow'],
    ['pragma: allowlist secret (detect-secrets)', 'k = "…"  # pragma: allowlist secret'],
  ])('allows the line holding %s', (_name, line) => {
    expect(allowedByComment(1, lines(line))).toBe(true);
  });

  it('allows the line after a marker, and no further', () => {
    const text = '// secret-hygiene:allow -- fixture\nk1 = "…"\nk2 = "…"\n';
    expect(allowedByComment(2, lines(text))).toBe(true);
    expect(allowedByComment(3, lines(text))).toBe(false);
  });

  it('does not allow a line without a marker, or a marker that is only similar', () => {
    expect(allowedByComment(1, lines('k = "…"'))).toBe(false);
    expect(allowedByComment(1, lines('k = "…" // secret-hygiene: allow'))).toBe(false);
    expect(allowedByComment(1, lines('k = "…" // pragma: allowlist'))).toBe(false);
  });
});

describe('inline allow through the pipeline', () => {
  const key = createGen(7).ibmKey();
  const chunk = (text: string) => ({ origin: { kind: 'file' as const, path: '.env' }, text, bytes: text.length });

  it('drops a finding on a marked line or under a marker line, keeps the others', () => {
    const text = [`IBMCLOUD_API_KEY=${key} # secret-hygiene:allow`, '# gitleaks:allow', `IC_API_KEY=${key}`, `IBM_API_KEY=${key}`].join('\n');
    const found = chunkFindings(chunk(text), RULES, EMPTY_CONFIG).findings;
    expect(found.map((f) => f.line)).toEqual([4]);
  });

  it('keeps a suppressed finding with the reason written after --, and says why under --debug', () => {
    const result = chunkFindings(chunk(`IBMCLOUD_API_KEY=${key} # secret-hygiene:allow -- sandbox key`), RULES, EMPTY_CONFIG, { debug: true });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((f) => [f.line, f.suppression])).toEqual([[1, { kind: 'inSource', justification: 'sandbox key' }]]);
    expect(result.messages).toEqual([
      '.env:1 found: ibm-cloud-api-key: evidence 1.9 ≥ 1: +1.4 name-ibm-key (IBMCLOUD_API_KEY), +0.3 file-ibm, +0.2 shape-iam-key',
      '.env:1 dropped: ibm-cloud-api-key: allowed by an inline comment on line 1',
    ]);
  });

  it('reads each line once, however many findings it holds', () => {
    const g = createGen(3);
    const line = Array.from({ length: 300 }, () => `IC_API_KEY=${g.ibmKey()}`).join(' ; ');
    const reads = vi.spyOn(Locator.prototype, 'lineText');
    const result = chunkFindings(chunk(`# secret-hygiene:allow -- a generated fixture\n${line}\n`), RULES, parseConfig('{"allow":["^nothing$"]}', 'c.json'));
    expect(result.suppressed).toHaveLength(300);
    // The marker's line, the findings' line for the inline check and once for the config's line patterns.
    expect(reads.mock.calls.length).toBeLessThanOrEqual(3);
    reads.mockRestore();
  });
});
