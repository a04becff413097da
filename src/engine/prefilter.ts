// A check on raw bytes that proves a text holds no finding, so that history can skip decoding and
// scanning most blobs. It must never hide a finding: it passes every text in which `detect()` would
// run any rule's pattern.
import { DECODER_TRIGGERS } from './decode.js';
import type { Rule } from './rule.js';

const DOTTED_CAPITAL_I = Buffer.from('\u0130', 'utf8');
const KELVIN_SIGN = Buffer.from('\u212a', 'utf8');

/** The words `keywordPrefilter` looks for: the rules' keywords, and what makes `detect()` decode base64. */
export function prefilterWords(rules: readonly Rule[]): string[] {
  return [...new Set([...rules.flatMap((r) => r.keywords), ...DECODER_TRIGGERS])];
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a test that is false only for bytes whose text `detect()` would find nothing in.
 * `detect()` gates each rule on `text.toLowerCase().includes(keyword)`. Keywords are ASCII, and the
 * only non-ASCII characters that lower-case to ASCII letters are U+0130 (İ) and U+212A (Kelvin sign),
 * so an ASCII case-insensitive search of the bytes (read as latin1, one char per byte, where /i never
 * folds a char >= 128 to ASCII) finds every keyword the text has, unless one of those two is present.
 * UTF-16 (with a BOM) is not ASCII-compatible: such bytes always pass.
 */
export function keywordPrefilter(rules: readonly Rule[]): (bytes: Buffer) => boolean {
  const words = prefilterWords(rules);
  const any = new RegExp(words.map(escape).join('|'), 'i');
  return (bytes) => {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
    if (bytes.includes(DOTTED_CAPITAL_I) || bytes.includes(KELVIN_SIGN)) return true;
    return any.test(bytes.toString('latin1'));
  };
}
