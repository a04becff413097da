import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { keywordGate } from '../../src/engine/gate.js';
import type { ExampleText } from '../../src/engine/rule.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import type { Chunk } from '../../src/types.js';
import { renderTemplate } from '../rules/templates.js';

// A file's bytes go to the per-chunk step undecoded: the keyword gate runs on them, and only a text it passes
// is decoded (an ASCII one is its own latin1 reading, and the gate's words go on to detect()). Whatever the
// encoding, the result must be the one of the decoded text searched the reference way: findings, suppressed
// findings and every --debug line.
const gen = createGen(2026);
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));
const fixtures = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

const samples = [
  ...RULES.flatMap((rule) =>
    [...rule.examples.positive, ...rule.examples.negative].map((e, i) => ({ name: `${rule.id} example ${i}`, text: render(e.text), path: e.path ?? 'example.txt' })),
  ),
  ...readdirSync(fixtures)
    .filter((f) => f !== 'expected.json')
    .map((f) => ({ name: `fixture ${f}`, text: renderTemplate(readFileSync(`${fixtures}${f}`, 'utf8'), gen), path: f })),
];

const encodings: Record<string, (text: string) => Buffer> = {
  'UTF-8': (text) => Buffer.from(text, 'utf8'),
  'UTF-8 with a BOM': (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
  'UTF-8 with a character beyond ASCII': (text) => Buffer.from(`# ünïcode\n${text}`, 'utf8'),
  // Four-byte characters (two code units each) and words beyond ASCII before the text: byte offsets move apart
  // from the text's.
  'UTF-8 with words and characters beyond ASCII': (text) => Buffer.from(`# 😀 Schlüssel: キー, CLÉ 🔑\n${text}`, 'utf8'),
  'UTF-16 LE': (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'UTF-16 BE': (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
};

/** The text `decodeText` gives for these bytes, as the reference reads them. */
const decoded = (bytes: Buffer, name: string): string =>
  name.startsWith('UTF-16') ? new TextDecoder(name === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be').decode(bytes) : new TextDecoder('utf-8').decode(bytes);

describe('the per-chunk step on bytes gives what it gives on the decoded text', () => {
  it.each(samples.map((s) => [s.name, s] as const))('%s', (_name, { text, path }) => {
    for (const [name, encode] of Object.entries(encodings)) {
      const data = encode(text);
      const origin = { kind: 'file' as const, path };
      const fromBytes: Chunk = { origin, data, bytes: data.length };
      const fromText: Chunk = { origin, text: decoded(data, name), bytes: data.length };
      const fast = chunkFindings(fromBytes, RULES, EMPTY_CONFIG, { debug: true });
      expect(fast, name).toEqual(chunkFindings(fromText, RULES, EMPTY_CONFIG, { debug: true, reference: true }));
      expect(chunkFindings(fromBytes, RULES, EMPTY_CONFIG, { debug: true, reference: true }), name).toEqual(fast);
      // History asks the gate before it sends bytes (its keyword memo): the step takes the words it found in
      // ASCII, and decodes other bytes the gate passed without asking again (finding their words in the bytes).
      const gate = keywordGate(RULES);
      if (isAscii(data)) {
        const hits = gate.byteHits(data, path);
        if (hits.size > 0) expect(chunkFindings({ ...fromBytes, hits }, RULES, EMPTY_CONFIG, { debug: true }), name).toEqual(fast);
      } else if (gate.passes(data, path)) {
        expect(chunkFindings({ ...fromBytes, passed: true }, RULES, EMPTY_CONFIG, { debug: true }), name).toEqual(fast);
      }
    }
  });

  it('finds something in most samples, so that the comparison is not between two empty results', () => {
    const found = samples.filter(({ text, path }) => {
      const data = Buffer.from(text);
      return chunkFindings({ origin: { kind: 'file', path }, data, bytes: data.length }, RULES, EMPTY_CONFIG).findings.length > 0;
    });
    expect(found.length).toBeGreaterThan(samples.length / 3);
  });
});
