import { describe, expect, it } from 'vitest';
import { applyBaseline, formatBaseline, parseBaseline } from '../../src/filters/baseline.js';
import type { Finding } from '../../src/types.js';

const f = (path: string, fingerprint: string, line = 1): Finding => ({
  ruleId: 'ibm-cloud-api-key',
  message: 'IBM Cloud API key',
  severity: 'error',
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 45,
  redacted: 'abcd…(44 chars)',
  fingerprint,
});

describe('baseline', () => {
  it('is sorted, holds no line, and gives the same bytes for the same findings in any order', () => {
    const a = formatBaseline([f('b.env', '2'), f('a.env', '1', 7), f('a.env', '1', 9)]);
    expect(a).toBe(formatBaseline([f('a.env', '1', 3), f('b.env', '2')]));
    expect(a).not.toMatch(/line|abcd/);
    expect(parseBaseline(a, 'b.json')).toEqual([
      { ruleId: 'ibm-cloud-api-key', fingerprint: '1', path: 'a.env' },
      { ruleId: 'ibm-cloud-api-key', fingerprint: '2', path: 'b.env' },
    ]);
  });

  it('accepts findings it holds wherever they moved, and counts them', () => {
    const entries = parseBaseline(formatBaseline([f('a.env', '1')]), 'b.json');
    const { kept, baselined } = applyBaseline([f('a.env', '1', 40), f('a.env', '2'), f('other.env', '1')], entries);
    expect(kept.map((k) => `${k.path}:${k.fingerprint}`)).toEqual(['a.env:2', 'other.env:1']);
    expect(baselined).toBe(1);
  });

  it('rejects a malformed file with the file and the field', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b\.json: not valid JSON/);
    expect(() => parseBaseline('{"findings": {}}', 'b.json')).toThrow('b.json: "findings" must be an array of { ruleId, fingerprint, path }');
    expect(() => parseBaseline('{"findings": [{"ruleId": "x"}]}', 'b.json')).toThrow('b.json: "findings[0]" must be an object with string ruleId, fingerprint and path');
  });
});
