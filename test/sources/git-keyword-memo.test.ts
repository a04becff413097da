import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { keywordGate } from '../../src/engine/gate.js';
import { commonPrefix, commonSuffix, KeywordMemo } from '../../src/sources/git-keyword-memo.js';

const gate = keywordGate(RULES);
const full = (bytes: Buffer): boolean => gate.passes(bytes, 'a.js');
const reach = gate.longest - 1;
const b = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('commonPrefix / commonSuffix', () => {
  it('measure what two buffers share at each end', () => {
    expect(commonPrefix(b('abcdef'), b('abcxef'))).toBe(3);
    expect(commonSuffix(b('abcdef'), b('abcxef'), 3)).toBe(2);
    expect(commonPrefix(b('abc'), b('abcd'))).toBe(3);
    expect(commonSuffix(b('abc'), b('abcd'), 0)).toBe(0);
    expect(commonPrefix(b(''), b('x'))).toBe(0);
  });
});

describe('KeywordMemo', () => {
  const filler = 'const total = items.reduce((a, b) => a + b, 0);\n'.repeat(40);

  it('answers like the full test for every edit of a clean version, keywords across the edge included', () => {
    const old = b(`${filler}const x = "API";\nconst y = "KEY"; // ${filler}`);
    const edits = [
      old.toString('latin1').replace('"API";\nconst y = "KEY"', '"APIKEY"'), // a keyword made of both sides of the edit
      old.toString('latin1').replace('const x', 'const ibm'), // a keyword inside the edit
      old.toString('latin1').replace('total', 'totals'), // no keyword
      `Secret ${old.toString('latin1')}`, // at the very start
      `${old.toString('latin1')} Bearer`, // at the very end
      `\uFEFF${old.toString('latin1')}`,
      old.toString('latin1').slice(0, 100), // shortened
    ];
    for (const edit of edits) {
      const memo = new KeywordMemo(reach);
      expect(memo.test('old', old, undefined, full, 'code')).toBe(false);
      const data = Buffer.from(edit, 'utf8');
      expect(memo.test('new', data, 'old', full, 'code'), edit.slice(0, 80)).toBe(full(data));
    }
  });

  it('looks at the whole blob when the old one is unknown or held a keyword', () => {
    const memo = new KeywordMemo(reach);
    expect(memo.test('dirty', b(`${filler} secret`), undefined, full, 'code')).toBe(true);
    expect(memo.test('next', b(`${filler} secret!`), 'dirty', full, 'code')).toBe(true);
    expect(memo.test('other', b(`apikey ${filler}`), 'never-seen', full, 'code')).toBe(true);
  });

  it('looks at a few bytes for a remembered version, and forgets the oldest beyond its budget', () => {
    const looked: number[] = [];
    const spy = (bytes: Buffer): boolean => {
      looked.push(bytes.length);
      return full(bytes);
    };
    const memo = new KeywordMemo(reach, 6 * filler.length);
    memo.test('a', b(`${filler}a`), undefined, spy, 'code');
    memo.test('a2', b(`${filler}A`), 'a', spy, 'code');
    expect(looked.at(-1)).toBeLessThanOrEqual(2 * reach + 1);
    for (const name of ['c', 'd', 'e', 'f', 'g', 'h']) memo.test(name, b(`${filler}${name}`), undefined, spy, 'code');
    memo.test('a3', b(`${filler}!`), 'a2', spy, 'code'); // 'a2' was dropped: the whole blob is looked at
    expect(looked.at(-1)).toBe(filler.length + 1);
  });
});
