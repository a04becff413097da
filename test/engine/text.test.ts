import { describe, expect, it } from 'vitest';
import { decodeText, decoderFor } from '../../src/engine/text.js';

const units32 = (points: number[], littleEndian = true): Buffer => {
  const bytes = Buffer.alloc(4 * points.length);
  points.forEach((p, i) => (littleEndian ? bytes.writeUInt32LE(p, 4 * i) : bytes.writeUInt32BE(p, 4 * i)));
  return bytes;
};

describe('decodeText: UTF-32 with a BOM', () => {
  it('tells UTF-32 LE from UTF-16 LE, whose BOM opens it', () => {
    expect(decodeText(Buffer.concat([units32([0xfeff, 0x61, 0x1f600, 0x0a])]))).toEqual({ kind: 'text', text: 'a😀\n' });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toEqual({ kind: 'text', text: 'a' });
    expect(decodeText(units32([0xfeff, 0x62, 0xe9], false))).toEqual({ kind: 'text', text: 'bé' });
  });

  it('makes a unit that is no code point, and a cut-off last unit, U+FFFD', () => {
    expect(decodeText(Buffer.concat([units32([0xfeff, 0xd800, 0x110000, 0x41]), Buffer.from([0x42, 0])]))).toEqual({ kind: 'text', text: '\ufffd\ufffdA\ufffd' });
  });

  it('keeps a unit cut between two pieces whole when streaming', () => {
    const bytes = units32([0xfeff, 0x1f511, 0x6b, 0x65, 0x79]);
    const decoder = decoderFor(bytes);
    const text = [1, 5, 7, 13].reduce((out, end, i, ends) => out + (decoder?.decode(bytes.subarray(ends[i - 1] ?? 0, end), { stream: true }) ?? ''), '');
    expect(text + (decoder?.decode(bytes.subarray(13), { stream: true }) ?? '') + (decoder?.decode() ?? '')).toBe('🔑key');
  });
});
