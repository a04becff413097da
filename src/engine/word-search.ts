// Every occurrence of a set of words in bytes, in one pass. V8 tries a regex alternation of the gate's
// hundred-odd words at every offset (about 5 ns a byte with /i); here the words' bytes form a trie entered
// through a table of byte pairs. The pass reads the pairs at even offsets only: a word of two bytes or more
// that starts at an even offset begins with such a pair, and one that starts at an odd offset has its second
// and third bytes (or, two bytes long, its second byte and any other) in the next. A pair that is neither,
// most of them, costs two loads and a compare for two bytes of text.

import { isAsciiText } from './text.js';

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of each spelling of `word` that lower-cases to it: a letter beyond ASCII in each of its
 * cases (`Ü` of `schlüssel`); an ASCII letter only in lower case, since the trie takes both cases of those.
 */
function spellings(word: string): Uint8Array[] {
  const lower = word.toLowerCase();
  // Most words: one spelling, made without the loop below (the gate is built when the hook starts).
  if (isAsciiText(lower)) return [encoder.encode(lower)];
  let all = [''];
  for (const ch of lower) {
    const cases = ch.charCodeAt(0) < 0x80 ? [ch] : [...new Set([ch, ch.toUpperCase()])].filter((c) => c.toLowerCase() === ch);
    all = all.flatMap((prefix) => cases.map((c) => prefix + c));
  }
  return all.map((spelling) => encoder.encode(spelling));
}

const isLower = (byte: number): boolean => byte >= 0x61 && byte <= 0x7a;

/** A byte as the trie takes it: an ASCII lower-case letter in either case, any other byte as it is. */
const cases = (byte: number): number[] => (isLower(byte) ? [byte, byte - 0x20] : [byte]);
const ANY_BYTE = Array.from({ length: 256 }, (_, b) => b);

/** `WordSearch.enter` bits. */
const FIRST = 1;
const SECOND = 2;

export class WordSearch {
  /** `next[state << 8 | byte]`: the child state, 0 for none (the root is never a child). */
  private readonly next: Int32Array;
  /** The state after a word's first two bytes, by `first << 8 | second`. */
  private readonly pairs = new Int32Array(65536);
  /** By pair: FIRST if some word starts with it, SECOND if some word's second and third bytes are it. */
  private readonly enter = new Uint8Array(65536);
  /** The words that end at each state. */
  private readonly ends: Array<string[] | undefined>;
  /** Words of a single byte, which the pair table cannot hold, by that byte. */
  private readonly single = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    const spelled = words.flatMap((word) => spellings(word).map((bytes) => ({ word, bytes })));
    const size = spelled.reduce((sum, { bytes }) => sum + bytes.length, 1);
    const next = new Int32Array(size << 8);
    this.ends = new Array<string[] | undefined>(size).fill(undefined);
    let states = 1;
    for (const { word, bytes } of spelled) {
      let state = 0;
      for (const b of bytes) {
        const at = (state << 8) | b;
        if (next[at] === 0) {
          next[at] = states++;
          if (isLower(b)) next[at - 0x20] = next[at] as number;
        }
        state = next[at] as number;
      }
      const ends = (this.ends[state] ??= []);
      if (!ends.includes(word)) ends.push(word);
      const [first, second, third] = bytes;
      if (first === undefined) continue;
      if (second === undefined) {
        for (const b of cases(first)) this.single.set(b, ends);
        continue;
      }
      for (const a of cases(first)) for (const b of cases(second)) this.mark(a, b, FIRST);
      // Two bytes long, the word's second pair is its second byte and whatever follows it.
      for (const b of cases(second)) for (const c of third === undefined ? ANY_BYTE : cases(third)) this.mark(b, c, SECOND);
    }
    this.next = next;
    for (let first = 0; first < 256; first++) {
      const one = next[first] as number;
      if (one !== 0) this.pairs.set(next.subarray(one << 8, (one + 1) << 8), first << 8);
    }
  }

  private mark(a: number, b: number, bit: number): void {
    this.enter[(a << 8) | b] = (this.enter[(a << 8) | b] as number) | bit;
  }

  /**
   * The words that start at `at` in `bytes` (at least two bytes from its end): added to `hits`, or without
   * `hits`, whether there is one.
   */
  private wordsAt(bytes: Uint8Array, at: number, hits: Map<string, number[]> | undefined): boolean {
    const { next, ends } = this;
    let state = this.pairs[((bytes[at] as number) << 8) | (bytes[at + 1] as number)] as number;
    for (let j = at + 2; state !== 0; j++) {
      const words = ends[state];
      if (words !== undefined) {
        if (!hits) return true;
        for (const word of words) addHit(hits, word, at);
      }
      if (j >= bytes.length) break;
      state = next[(state << 8) | (bytes[j] as number)] as number;
    }
    return false;
  }

  /** The one pass of `scan` and `test`: every word into `hits`, or without `hits`, up to the first word. */
  private search(bytes: Uint8Array, hits: Map<string, number[]> | undefined): boolean {
    const { enter } = this;
    const n = bytes.length;
    for (let at = 0; at + 1 < n; at += 2) {
      const way = enter[((bytes[at] as number) << 8) | (bytes[at + 1] as number)] as number;
      if (way === 0) continue;
      if (way & SECOND && at > 0 && this.wordsAt(bytes, at - 1, hits)) return true;
      if (way & FIRST && this.wordsAt(bytes, at, hits)) return true;
    }
    // The last odd offset has no pair after it: a two-byte word there is looked for on its own.
    if (n % 2 === 1 && n > 2 && this.wordsAt(bytes, n - 2, hits)) return true;
    if (this.single.size === 0) return false;
    if (!hits) return bytes.some((b) => this.single.has(b));
    bytes.forEach((b, i) => this.single.get(b)?.forEach((word) => addHit(hits, word, i)));
    return false;
  }

  /** Adds the offset of every occurrence of every word in `bytes` to `hits`, overlapping ones too, in order. */
  scan(bytes: Uint8Array, hits: Map<string, number[]>): void {
    this.search(bytes, hits);
  }

  /** Does any word occur in `bytes`? */
  test(bytes: Uint8Array): boolean {
    return this.search(bytes, undefined);
  }
}

/** Adds `at` to the offsets of `word`. */
export function addHit(hits: Map<string, number[]>, word: string, at: number): void {
  const list = hits.get(word);
  if (list) list.push(at);
  else hits.set(word, [at]);
}
