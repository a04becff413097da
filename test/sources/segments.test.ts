import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { Locator } from '../../src/engine/locate.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import { SEGMENT_OVERLAP, Segmenter, segmentBytes } from '../../src/sources/segments.js';
import type { Chunk, TextChunk } from '../../src/types.js';

// Segments must give exactly the findings of the whole text, at the same lines and columns: every match
// starts in one segment's own part and lies, with what the rules read around it, inside that segment.

const SIZE = 3 * SEGMENT_OVERLAP;
const base = { origin: { kind: 'file' as const, path: 'big.env' } };

const gen = createGen(31337);
const FILLER = ['plain words', 'café crème', 'emoji 😀 in a line', 'tabs\tand spaces', 'x'.repeat(3000), 'CRLF line\r', ''];

/** Credentials of several rules, each with the context that makes it one. */
const RECORDS: Array<() => string> = [
  () => `IBMCLOUD_API_KEY=${gen.ibmKey()}`,
  () => `  - name: IBMCLOUD_API_KEY\n    value: "${gen.ibmKey()}"`,
  () => `{"access_key_id": "${gen.hex(32)}", "secret_access_key": "${gen.hex(48)}"}`,
  () => `curl -H "Authorization: Bearer ${gen.base64url(40)}" https://api.example.com`,
  () => `token = ${gen.jwt({ sub: 'svc', iss: 'https://auth.example.org', exp: 4102444800 }, { alg: 'ES256', x5c: [gen.base64url(12_000)] })}`,
  () => `softlayer_api_key = "${gen.hex(64)}"`,
];

/** A text of `length` characters or so, with records whose secrets start just before, at and after each segment boundary. */
function textWithRecordsAtBoundaries(length: number): string {
  let text = '';
  let n = 0;
  const fill = (upTo: number): void => {
    while (text.length < upTo) text += `${FILLER[n++ % FILLER.length]}\n`;
  };
  for (let boundary = SIZE; boundary < length; boundary += SIZE) {
    for (const delta of [-20_000, -50, -1, 0, 1, 7, SEGMENT_OVERLAP - 10]) {
      const record = (RECORDS[n % RECORDS.length] as () => string)();
      fill(boundary + delta - record.length + 10);
      text += `${record}\n`;
    }
  }
  fill(length);
  return text;
}

const found = (chunks: Chunk[]) =>
  chunks.flatMap((c) => chunkFindings(c, RULES, EMPTY_CONFIG).findings).map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.fingerprint.slice(0, 8)}`);

function segmentsOf(text: string, pieceLength = 65_537): TextChunk[] {
  const segmenter = new Segmenter(base, SIZE);
  const chunks: TextChunk[] = [];
  for (let at = 0; at < text.length; at += pieceLength) chunks.push(...segmenter.push(text.slice(at, at + pieceLength)));
  return [...chunks, ...segmenter.end()];
}

describe('Segmenter', () => {
  it('gives the findings of the whole text, once each, at the same places', () => {
    const text = textWithRecordsAtBoundaries(5 * SIZE);
    const chunks = segmentsOf(text);
    expect(chunks.length).toBe(5);
    const whole = found([{ ...base, text, bytes: text.length }]);
    expect(whole.length).toBeGreaterThan(20);
    expect(found(chunks)).toEqual(whole);
  });

  it('gives the right columns on a line longer than a segment (a key in minified or padded text)', () => {
    let line = '';
    while (line.length < 3 * SIZE) line += `${gen.base64url(4093)} IBMCLOUD_API_KEY=${gen.ibmKey()} `;
    const text = `first\n${line}\nlast\n`;
    const whole = found([{ ...base, text, bytes: text.length }]);
    expect(whole.length).toBeGreaterThan(100);
    expect(found(segmentsOf(text))).toEqual(whole);
  });

  it("owns the whole text between its segments, and knows each segment's line and column", () => {
    const text = textWithRecordsAtBoundaries(4 * SIZE + 123);
    const chunks = segmentsOf(text, 1000);
    expect(chunks.map((c) => c.text.slice(c.segment?.from, c.segment?.to)).join('')).toBe(text);
    const locator = new Locator(text);
    chunks.forEach((c, k) => {
      const start = k * SIZE - (c.segment?.from ?? 0); // where the chunk's text starts in the whole
      expect(c.text).toBe(text.slice(start, start + c.text.length));
      expect(locator.at(start)).toEqual({ line: c.segment?.line, column: c.segment?.column });
      expect(c.text.length).toBeLessThanOrEqual(SIZE + 2 * SEGMENT_OVERLAP);
    });
  });

  it('counts a CR alone as a line break, and a CRLF cut where a segment forgets its start as one', () => {
    const cut = (k: number): number => k * SIZE - SEGMENT_OVERLAP; // where the Segmenter forgets up to
    let text = '';
    for (let k = 1; k <= 4; k++) {
      while (text.length < cut(k) - 40) text += k % 2 ? 'old mac line\r' : 'crlf line\r\n';
      text = `${text.padEnd(cut(k) - 1, 'x')}\r\n`;
    }
    text += `IBMCLOUD_API_KEY=${gen.ibmKey()}\r`.repeat(3);
    const chunks = segmentsOf(text, 999);
    expect(chunks.length).toBeGreaterThan(3);
    const locator = new Locator(text);
    chunks.forEach((c, k) => {
      const start = k * SIZE - (c.segment?.from ?? 0);
      expect(locator.at(start)).toEqual({ line: c.segment?.line, column: c.segment?.column });
    });
    expect(found(chunks)).toEqual(found([{ ...base, text, bytes: text.length }]));
    expect(new Locator('a\rb\r\nc\nd').at(7)).toEqual({ line: 4, column: 1 });
    expect([1, 2, 3, 4].map((n) => new Locator('a\rb\r\nc\nd').lineText(n))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves a text that fits in one segment whole', () => {
    expect(segmentsOf('IBMCLOUD_API_KEY=x\n')).toEqual([{ ...base, text: 'IBMCLOUD_API_KEY=x\n', bytes: 19 }]);
  });
});

describe('segmentBytes', () => {
  async function decoded(bytes: Buffer, pieceLength: number): Promise<{ text: string; result: string }> {
    const pieces = function* () {
      for (let at = 0; at < bytes.length; at += pieceLength) yield Buffer.from(bytes.subarray(at, at + pieceLength));
    };
    const parts: string[] = [];
    const run = segmentBytes(pieces(), base, SIZE);
    for (let next = await run.next(); ; next = await run.next()) {
      if (next.done) return { text: parts.join(''), result: next.value };
      parts.push(next.value.text.slice(next.value.segment?.from, next.value.segment?.to));
    }
  }

  it('decodes UTF-8, UTF-16 and UTF-32 cut anywhere, multi-byte characters and surrogate pairs included', async () => {
    const text = '€uro 😀 é\r\n'.repeat(60_000);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const points = [...text].map((c) => c.codePointAt(0) as number);
    const le32 = Buffer.alloc(4 * points.length + 4);
    le32.writeUInt32LE(0xfeff, 0);
    points.forEach((p, i) => le32.writeUInt32LE(p, 4 * i + 4));
    const inputs = {
      'UTF-8': Buffer.from(text),
      'UTF-8 with a BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'UTF-16 LE': le,
      'UTF-16 BE': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.subarray(2)).swap16()]),
      'UTF-32 LE': le32,
      'UTF-32 BE': Buffer.from(le32).swap32(),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      for (const piece of [8001, 65_535]) expect(await decoded(bytes, piece), `${name}, pieces of ${piece}`).toEqual({ text, result: 'text' });
    }
  });

  it('says binary, and yields nothing, for what decodeText takes for binary', async () => {
    const bytes = Buffer.concat([Buffer.from('IBMCLOUD_API_KEY=x\0'), Buffer.alloc(2 * SIZE, 0x41)]);
    expect(await decoded(bytes, 1000)).toEqual({ text: '', result: 'binary' });
  });
});
