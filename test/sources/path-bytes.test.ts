import { describe, expect, it } from 'vitest';
import { namePath, toBytePath } from '../../src/sources/path-bytes.js';

const bytes = (...parts: Array<string | number[]>): string =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))).toString('latin1');

describe('namePath', () => {
  it('names valid UTF-8 as it is, with no bytes beside it', () => {
    expect(namePath(toBytePath('設定/clé.env'))).toEqual({ path: '設定/clé.env' });
  });

  it('shows each byte outside valid UTF-8 as \\xNN and keeps the exact bytes', () => {
    const cases: Array<[string, string]> = [
      [bytes('conf', [0xe9], '/a'), 'conf\\xe9/a'],
      [bytes([0xc0, 0xaf]), '\\xc0\\xaf'], // overlong "/"
      [bytes([0xed, 0xa0, 0x80]), '\\xed\\xa0\\x80'], // a UTF-16 surrogate
      [bytes([0xf4, 0x90, 0x80, 0x80]), '\\xf4\\x90\\x80\\x80'], // past U+10FFFF
      [bytes('é', [0xe2, 0x82], 'x'), 'é\\xe2\\x82x'], // a sequence cut short
    ];
    for (const [path, shown] of cases) {
      const named = namePath(path);
      expect(named.path).toBe(shown);
      expect(Buffer.from(named.pathBytes ?? '', 'base64').toString('latin1')).toBe(path);
    }
  });

  it('keeps a leading BOM, which is part of the name', () => {
    expect(namePath(bytes([0xef, 0xbb, 0xbf], 'x'))).toEqual({ path: '\ufeffx' });
  });
});
