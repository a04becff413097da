import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { allowedByComment } from '../../src/filters/allow-comments.js';
import { findingsInChunk } from '../../src/pipeline.js';

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
    const found = findingsInChunk(chunk(text), RULES, EMPTY_CONFIG);
    expect(found.map((f) => f.line)).toEqual([4]);
  });

  it('says why under --debug, without the secret', () => {
    const messages: string[] = [];
    findingsInChunk(chunk(`IBMCLOUD_API_KEY=${key} # pragma: allowlist secret`), RULES, EMPTY_CONFIG, (m) => messages.push(m));
    expect(messages).toEqual(['.env:1 dropped: ibm-cloud-api-key: allowed by an inline comment']);
  });
});
