import { describe, expect, it } from 'vitest';
import { applyBaseline, formatBaseline, parseBaseline, updateBaseline, type Baseline } from '../../src/filters/baseline.js';
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

const SALT = 'ab'.repeat(32);
const of = (files: Finding[], history: Finding[] = []): Baseline => ({ version: 2, salt: SALT, files, history });

describe('baseline', () => {
  it("is sorted by code unit, not by the machine's locale (which puts å before z in one, after it in another)", () => {
    const paths = (b: Baseline): string[] => b.files.map((e) => e.path);
    const formatted = formatBaseline(of(['å.env', 'z.env', 'ä.env', 'O.env', 'o.env'].map((p) => f(p, '1'))));
    expect(paths(parseBaseline(formatted, 'b.json'))).toEqual(['O.env', 'o.env', 'z.env', 'ä.env', 'å.env']);
  });

  it('is sorted, holds no line, and gives the same bytes for the same findings in any order', () => {
    const a = formatBaseline(of([f('b.env', '2'), f('a.env', '1', 7), f('a.env', '1', 9)]));
    expect(a).toBe(formatBaseline(of([f('a.env', '1', 3), f('b.env', '2')])));
    expect(a).not.toMatch(/line|abcd/);
    expect(parseBaseline(a, 'b.json')).toEqual({
      version: 2,
      salt: SALT,
      files: [
        { ruleId: 'ibm-cloud-api-key', fingerprint: '1', path: 'a.env' },
        { ruleId: 'ibm-cloud-api-key', fingerprint: '2', path: 'b.env' },
      ],
      history: [],
    });
  });

  it('reads version 1 files, which have no salt and one list', () => {
    const entry = { ruleId: 'jwt', fingerprint: '9', path: 'x' };
    expect(parseBaseline(JSON.stringify({ version: 1, findings: [entry] }), 'b.json')).toEqual({ version: 1, files: [entry], history: [] });
    expect(parseBaseline(JSON.stringify([entry]), 'b.json')).toEqual({ version: 1, files: [entry], history: [] });
    expect(() => parseBaseline('{"version": 2, "files": []}', 'b.json')).toThrow('b.json: "salt" must be 64 lowercase hex digits');
    expect(() => parseBaseline('{"version": 3}', 'b.json')).toThrow('"version" must be 1 or 2');
  });

  it('replaces only its own mode and scope when rewritten, and keeps the salt', () => {
    const old = of([f('src/a.env', '1'), f('docs/b.md', '2')], [f('old.env', '3')]);
    const { baseline } = updateBaseline(old, SALT, 'files', [f('src/c.env', '4')], ['src']);
    expect(baseline.files.map((e) => e.path)).toEqual(['docs/b.md', 'src/c.env']);
    expect(baseline.history.map((e) => e.path)).toEqual(['old.env']);
    const history = updateBaseline(baseline, SALT, 'history', [f('new.env', '5')], undefined).baseline;
    expect(history.history.map((e) => e.path)).toEqual(['new.env', 'old.env']);
    expect(history.files).toEqual(baseline.files);
    expect(history.salt).toBe(SALT);
  });

  it('replaces the unsalted entries of a version 1 file, and says how many', () => {
    const v1: Baseline = { version: 1, files: [f('a.env', 'old1'), f('b.env', 'old2')], history: [] };
    const { baseline, replacedV1 } = updateBaseline(v1, SALT, 'files', [f('a.env', 'new1')], ['']);
    expect(replacedV1).toBe(2);
    expect(baseline).toEqual({ version: 2, salt: SALT, files: [{ ruleId: 'ibm-cloud-api-key', fingerprint: 'new1', path: 'a.env' }], history: [] });
  });

  it('accepts findings it holds wherever they moved, in either list, and counts them', () => {
    const entries = parseBaseline(formatBaseline(of([f('a.env', '1')], [f('h.env', '7')])), 'b.json');
    const { kept, baselined } = applyBaseline([f('a.env', '1', 40), f('a.env', '2'), f('other.env', '1'), f('h.env', '7')], entries);
    expect(kept.map((k) => `${k.path}:${k.fingerprint}`)).toEqual(['a.env:2', 'other.env:1']);
    expect(baselined).toBe(2);
  });

  it('rejects a malformed file with the file and the field', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b\.json: not valid JSON/);
    expect(() => parseBaseline('{"findings": {}}', 'b.json')).toThrow('b.json: "findings" must be an array of { ruleId, fingerprint, path }');
    expect(() => parseBaseline('{"findings": [{"ruleId": "x"}]}', 'b.json')).toThrow('b.json: "findings[0]" must be an object with string ruleId, fingerprint and path');
  });
});
