import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { mulberry32 } from '../../rules/gen.js';
import { keywordGate } from '../../src/engine/gate.js';
import { commonPrefix, commonSuffix, KeywordMemo, type WordLook } from '../../src/sources/git-keyword-memo.js';

const gate = keywordGate(RULES);
const reach = gate.longest - 1;
const b = (s: string): Buffer => Buffer.from(s, 'latin1');
/** The gate's own answer for a whole version, which the memo must give from a part of it. */
const whole = (data: Buffer): Map<string, number[]> | boolean => (data.every((x) => x < 0x80) ? gate.byteHits(data, 'a.js') : gate.passes(data, 'a.js'));
const sorted = (words: Map<string, number[]> | boolean) => (typeof words === 'boolean' ? words : [...words].sort(([x], [y]) => (x < y ? -1 : 1)));

/** The gate's questions, recording how many bytes each was asked about. */
function spy(looked: number[] = []): WordLook {
  return {
    hits: (bytes) => (looked.push(bytes.length), gate.byteHits(bytes, 'a.js')),
    passes: (bytes) => (looked.push(bytes.length), gate.passes(bytes, 'a.js')),
  };
}

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

  it('gives the words of the whole version for every edit, words across the edge and on both sides included', () => {
    const olds = [`${filler}const x = "API";\nconst y = "KEY"; // ${filler}`, `secret ${filler}const x = "API";\nconst y = "KEY"; // ${filler} Bearer x`];
    for (const old of olds) {
      const edits = [
        old.replace('"API";\nconst y = "KEY"', '"APIKEY"'), // a word made of both sides of the edit
        old.replace('const x', 'const ibm'), // a word inside the edit
        old.replace('total', 'totals'), // no new word
        old.replace('secret', 'public'), // a word gone
        old.replace('secret ', 'secret!'), // a word that ends where the change starts
        old.replace(' Bearer', '!Bearer'), // a word that starts where the change ends
        `Secret ${old}`, // at the very start
        `${old} Bearer`, // at the very end
        `\uFEFF${old}`, // not ASCII any more
        `${old.slice(0, 60)}\u00e9${old.slice(60)}`,
        old.slice(0, 100), // shortened
        old, // the same bytes under another name
      ];
      for (const edit of edits) {
        const memo = new KeywordMemo(reach);
        memo.words('old', b(old), undefined, spy(), 'code');
        const data = Buffer.from(edit, 'utf8');
        expect(sorted(memo.words('new', data, 'old', spy(), 'code')), edit.slice(0, 80)).toEqual(sorted(whole(data)));
      }
    }
  });

  it('holds to the whole search along a chain of random edits', () => {
    const random = mulberry32(41);
    const pieces = ['api', 'key', 'Key', 'secret', ' ', '\n', 'x', 'IBM', 'ib', 'm', 'bearer ', '"auth"', 'basic\t', '.eyJ', 'credentials', '\u00fc', 'hmac'];
    const pick = (n: number) => Array.from({ length: n }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    for (let chain = 0; chain < 40; chain++) {
      const memo = new KeywordMemo(reach);
      let text = pick(200);
      let sha = 'v0';
      memo.words(sha, Buffer.from(text, 'utf8'), undefined, spy(), 'code');
      for (let step = 1; step < 30; step++) {
        const at = Math.floor(random() * text.length);
        const cut = Math.floor(random() * 12);
        text = text.slice(0, at) + pick(Math.floor(random() * 4)) + text.slice(at + cut);
        const data = Buffer.from(text, 'utf8');
        const next = `v${step}`;
        expect(sorted(memo.words(next, data, sha, spy(), 'code')), `chain ${chain} step ${step}`).toEqual(sorted(whole(data)));
        sha = next;
      }
    }
  });

  it('searches a few bytes of a remembered version, and the whole of one it never saw or forgot', () => {
    const looked: number[] = [];
    const memo = new KeywordMemo(reach, 6 * filler.length);
    memo.words('a', b(`${filler}secret a`), undefined, spy(looked), 'code');
    expect(memo.words('a2', b(`${filler}secret A`), 'a', spy(looked), 'code')).toEqual(new Map([['secret', [filler.length]]]));
    expect(looked.at(-1)).toBeLessThanOrEqual(2 * reach + 1);
    memo.words('x', b(`apikey ${filler}`), 'never-seen', spy(looked), 'code');
    expect(looked.at(-1)).toBe(filler.length + 7);
    for (const name of ['c', 'd', 'e', 'f', 'g', 'h']) memo.words(name, b(`${filler}${name}`), undefined, spy(looked), 'code');
    memo.words('a3', b(`${filler}secret!`), 'a2', spy(looked), 'code'); // 'a2' was dropped: the whole blob is searched
    expect(looked.at(-1)).toBe(filler.length + 7);
  });

  it('searches only the change of a version changed again on another branch', () => {
    const looked: number[] = [];
    const memo = new KeywordMemo(reach);
    memo.words('base', b(`${filler}secret a`), undefined, spy(looked), 'code');
    memo.words('left', b(`${filler}secret b`), 'base', spy(looked), 'code');
    const right = b(`apikey ${filler}secret a`);
    expect(memo.words('right', right, 'base', spy(looked), 'code')).toEqual(whole(right));
    expect(looked.at(-1)).toBeLessThanOrEqual(7 + reach);
  });

  it('gives the words of a blob it remembers without searching it again, at any path', () => {
    const memo = new KeywordMemo(reach);
    const data = b(`${filler}secret`);
    expect(memo.words('s', data, undefined, spy(), 'code')).toEqual(new Map([['secret', [filler.length]]]));
    const looked: number[] = [];
    expect(memo.words('s', data, 'other', spy(looked), 'code')).toEqual(new Map([['secret', [filler.length]]]));
    const clean = Buffer.from(`${filler}\u00e9`, 'utf8');
    expect(memo.words('c', clean, undefined, spy(), 'code')).toBe(false);
    expect(memo.words('c', clean, undefined, spy(looked), 'code')).toBe(false);
    expect(looked).toEqual([]);
  });

  it('keeps the offsets of one word list apart from another', () => {
    const memo = new KeywordMemo(reach);
    memo.words('v', b(`${filler}`), undefined, spy(), 'code');
    const looked: number[] = [];
    memo.words('w', b(`${filler}!`), 'v', spy(looked), 'prose');
    expect(looked.at(-1)).toBe(filler.length + 1);
  });
});
