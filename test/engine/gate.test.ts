import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { mulberry32 } from '../../rules/gen.js';
import { detect } from '../../src/engine/detect.js';
import { keywordGate } from '../../src/engine/gate.js';
import { decodeText, searchesAsBytes, utf8Hits } from '../../src/engine/text.js';
import { WordSearch } from '../../src/engine/word-search.js';
import type { ExampleText } from '../../src/engine/rule.js';

const gen = createGen(5);
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));
const examples = RULES.flatMap((r) => [...r.examples.positive, ...r.examples.negative].map((e) => render(e.text)));

describe('the keyword gate on bytes', () => {
  const gate = keywordGate(RULES);
  const pass = (bytes: Buffer, path = 'x.txt'): boolean => gate.passes(bytes, path);

  it('passes every text in which detect() finds something, as UTF-8 and UTF-16', () => {
    for (const text of examples.filter((t) => detect(t, 'x.txt', RULES).length > 0)) {
      expect(pass(Buffer.from(text, 'utf8')), text).toBe(true);
      expect(pass(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), text).toBe(true);
    }
  });

  it('passes a Kubernetes Secret even with the rule that owns the word "secret" turned off', () => {
    const rules = RULES.filter((r) => r.id !== 'ibm-cos-hmac');
    const manifest = `apiVersion: v1\nkind: Secret\ndata:\n  apikey: ${Buffer.from(gen.ibmKey()).toString('base64')}\n`;
    expect(detect(manifest, 'k8s.yaml', rules).length).toBe(1);
    expect(keywordGate(rules).passes(Buffer.from(manifest), 'k8s.yaml')).toBe(true);
  });

  it.each([
    ['a Basic header', (k: string) => `curl -H "Authorization: Basic ${Buffer.from(`apikey:${k}`).toString('base64')}" https://x\n`],
    ['a docker config auth', (k: string) => `{"auths": {"us.icr.io": {"auth": "${Buffer.from(`iamapikey:${k}`).toString('base64')}"}}}\n`],
  ])('passes %s, whose key and keyword show only once decoded', (_name, make) => {
    const text = make(gen.ibmKey());
    expect(detect(text, 'x.txt', RULES).map((m) => m.ruleId)).toEqual(['ibm-cloud-api-key']);
    expect(pass(Buffer.from(text))).toBe(true);
  });

  it('passes text whose lower case holds a keyword only through U+0130 or U+212A', () => {
    expect(pass(Buffer.from('SL_AP\u0130'))).toBe(true);
    expect(pass(Buffer.from('API\u212aEY'))).toBe(true);
  });

  it('rejects text with no keyword, whatever its case', () => {
    expect(pass(Buffer.from('const total = items.reduce((a, b) => a + b, 0);\n'))).toBe(false);
    expect(pass(Buffer.from('APIKEY'))).toBe(true);
  });
});

describe('the byte search of the gate (WordSearch)', () => {
  const gate = keywordGate(RULES);
  const sorted = (hits: Map<string, number[]>): Array<[string, number[]]> => [...hits].sort(([a], [b]) => (a < b ? -1 : 1));
  const all = [...new Set(RULES.flatMap((r) => [...r.keywords, ...(r.contextKeywords ?? []), ...(r.proseKeywords ?? [])]))];
  const words = all.filter((w) => /^[\x20-\x7e]+$/.test(w));

  /**
   * 400 seeded texts of 12 pieces each (a word of `list`, or `filler` at the share `fillerShare`), every
   * letter in either case; with the source they came from, for any further draw.
   */
  function* mixedTexts(seed: number, list: readonly string[], filler: readonly string[], fillerShare: number): Generator<[string, () => number]> {
    const next = mulberry32(seed);
    const pick = <T>(from: readonly T[]): T => from[Math.floor(next() * from.length)] as T;
    for (let n = 0; n < 400; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        const word = pick(next() < fillerShare ? filler : list);
        text += [...word].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
      }
      yield [text, next];
    }
  }

  it('finds in ASCII bytes the very hits that the regex pass finds in their text, overlapping words and any case included', () => {
    const filler = ['', ' ', '_', '-', 'x', 'API', 'i', 'ib', '\n', 'iam_', 'Key', 'ibm_api_key', 'secretsecret'];
    for (const [text] of mixedTexts(11, words, filler, 0.3)) {
      for (const path of ['x.go', 'README.md']) {
        expect(sorted(gate.byteHits(Buffer.from(text, 'latin1'), path)), text).toEqual(sorted(gate.foldedHits(text, path)));
      }
    }
  });

  it('finds in UTF-8 the hits the regex pass finds in its text, at byte offsets that utf8Hits turns into its offsets', () => {
    const filler = ['', ' ', 'é', 'Ü', '\n', 'ключ', '密', '😀', '🔑x', '\u00ad', 'ß', 'ı', 'Key'];
    for (const [text, next] of mixedTexts(12, all, filler, 0.4)) {
      const bom = next() < 0.2;
      const bytes = Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
      if (!searchesAsBytes(bytes)) continue;
      const decoded = decodeText(bytes);
      if (decoded.kind !== 'text') continue;
      for (const path of ['x.go', 'README.md']) {
        expect(sorted(utf8Hits(bytes, gate.byteHits(bytes, path))), text).toEqual(sorted(gate.foldedHits(decoded.text, path)));
      }
    }
  });

  it('finds a word beyond ASCII in each of its cases, and a one-byte word, in the bytes', () => {
    const search = new WordSearch(['schlüssel', 'k', 'key']);
    const hits = new Map<string, number[]>();
    search.scan(Buffer.from('SCHLÜSSEL schlüssel Schlüßel KEY', 'utf8'), hits);
    expect(Object.fromEntries(hits)).toEqual({ 'schlüssel': [0, 11], k: [33], key: [33] });
    expect(search.test(Buffer.from('nothing here'))).toBe(false);
    expect(search.test(Buffer.from('a K'))).toBe(true);
  });

  it('finds each word at every offset, even or odd, up to the last bytes, two-byte words too', () => {
    // The pass reads byte pairs at even offsets: a word starting at an odd one is found from its next pair.
    const search = new WordSearch(['ibm', 'apikey', 'ok', 'x9']);
    for (const word of ['ibm', 'IBM', 'apikey', 'ApiKey', 'ok', 'OK', 'x9']) {
      for (let before = 0; before < 5; before++) {
        for (let after = 0; after < 3; after++) {
          const text = `${'.'.repeat(before)}${word}${'.'.repeat(after)}`;
          const hits = new Map<string, number[]>();
          search.scan(Buffer.from(text), hits);
          expect(Object.fromEntries(hits), text).toEqual({ [word.toLowerCase()]: [before] });
          expect(search.test(Buffer.from(text)), text).toBe(true);
        }
      }
    }
    expect(search.test(Buffer.from('.i.b.m.o.x.k.9.'))).toBe(false);
  });

  it('finds what a search of every spelling at every offset finds, in texts long enough for its filter, at any alignment', () => {
    // The filter reads 4-byte-aligned words of the text: a text starts at each offset of its buffer, and
    // is long enough that words fall before, inside and after the part it reads.
    const list = ['ibm', 'apikey', 'api', 'ok', 'x9', 'secret', 'basic ', '"auth"', '.eyj', 'hmac', 'k', 'schlüssel', 'iam-pass'];
    const search = new WordSearch(list);
    const everySpelling = (word: string): Buffer[] =>
      [...word].reduce<string[]>((all, ch) => all.flatMap((p) => [...new Set([ch, ch.toUpperCase()])].map((c) => p + c)), ['']).map((w) => Buffer.from(w));
    const oracle = (bytes: Buffer): Map<string, number[]> => {
      const hits = new Map<string, number[]>();
      for (const word of list) {
        const spelled = everySpelling(word);
        for (let at = 0; at < bytes.length; at++) {
          if (spelled.some((w) => bytes.subarray(at, at + w.length).equals(w))) hits.set(word, [...(hits.get(word) ?? []), at]);
        }
      }
      return hits;
    };
    const pieces = [...list, 'IBM', 'ApiKey', 'OK', 'Basic ', '.EYJ', 'SCHLÜSSEL', 'x', ' ', 'a', 'i', 'b', '\n', '"', 'ke', 'se', 'cre'];
    const next = mulberry32(12);
    for (let n = 0; n < 1500; n++) {
      const text = Buffer.from(Array.from({ length: Math.floor(next() * 24) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
      const offset = Math.floor(next() * 4);
      const buffer = Buffer.alloc(text.length + 8);
      text.copy(buffer, offset);
      const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, text.length);
      const hits = new Map<string, number[]>();
      search.scan(view, hits);
      const expected = oracle(text);
      expect(sorted(hits), `${JSON.stringify(text.toString())} at ${offset}`).toEqual(sorted(expected));
      expect(search.test(view)).toBe(expected.size > 0);
    }
  });
});
