// A check on raw bytes that proves a text holds no finding, so that history can skip decoding and
// scanning most blobs. It must never hide a finding: it passes every text in which `detect()` would
// run any rule's pattern.
import type { Rule } from './rule.js';

/**
 * Words besides the rules' own keywords that let `detect()` look further: a Kubernetes Secret's data
 * is base64-decoded and scanned (decode.ts), and that only happens in a text holding `kind: Secret`.
 * A new decoder in `detect()` adds its trigger word here.
 */
const DECODER_WORDS = ['secret'];

const DOTTED_CAPITAL_I = Buffer.from('\u0130', 'utf8');
const KELVIN_SIGN = Buffer.from('\u212a', 'utf8');

/** The words `keywordPrefilter` looks for. */
export function prefilterWords(rules: readonly Rule[]): string[] {
  return [...new Set([...rules.flatMap((r) => r.keywords), ...DECODER_WORDS])];
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

const searches = new WeakMap<readonly Rule[], RegExp>();

/**
 * The rules' keywords that occur in `lower` (a lower-cased text), found in one pass instead of one
 * `includes` per keyword. The search restarts one character after each hit, and every keyword is
 * compared at every hit, so overlapping keywords (`sl_apikey`) and keywords that share a start are
 * all found: the same set as `keywords.filter((k) => lower.includes(k))`.
 */
export function keywordsIn(lower: string, rules: readonly Rule[]): Set<string> {
  const words = [...new Set(rules.flatMap((r) => r.keywords))];
  let search = searches.get(rules);
  if (!search) {
    search = new RegExp(words.map(escape).join('|'), 'g');
    searches.set(rules, search);
  }
  const found = new Set<string>();
  search.lastIndex = 0;
  for (let m = search.exec(lower); m && found.size < words.length; m = search.exec(lower)) {
    for (const word of words) if (lower.startsWith(word, m.index)) found.add(word);
    search.lastIndex = m.index + 1;
  }
  return found;
}
