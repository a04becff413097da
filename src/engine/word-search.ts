// Every occurrence of a set of words in bytes, in one pass. V8 tries a regex alternation of the gate's
// hundred-odd words at every offset (about 5 ns a byte with /i); here the words' bytes form a trie, and a
// filter picks the few offsets worth a walk of it.
//
// The filter reads the text four bytes at a time, as two byte pairs at even offsets. A word of two bytes or
// more that starts at an even offset has its first two bytes in such a pair and its next two in the one
// after; one that starts at an odd offset has its second and third bytes in a pair, and its fourth and
// fifth in the next. Each such (pair, next pair) of a word sets a bit of its group in two tables: the first
// pair's and the next pair's (every pair, for bytes beyond the word's end). A pair and the one after it
// that share no bit cannot start a word there, and that is nearly every pair: one offset in 266 of
// express's history is walked, against one in 24 when the first pair alone decided. The test is two loads
// and an AND per pair, with no branch to mispredict until it passes.

import { endianness } from 'node:os';
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

const ANY_BYTE = Array.from({ length: 256 }, (_, b) => b);

/** A byte as the trie takes it: an ASCII lower-case letter in either case, any other byte as it is; beyond the word, any. */
const cases = (byte: number | undefined): number[] => (byte === undefined ? ANY_BYTE : isLower(byte) ? [byte, byte - 0x20] : [byte]);

/** How a 32-bit load holds two byte pairs: the filter's tables are indexed by a pair as the load reads it. */
const LITTLE_ENDIAN = endianness() === 'LE';
const pairKey = (a: number, b: number): number => (LITTLE_ENDIAN ? a | (b << 8) : (a << 8) | b);

const NO_QUADS = new Int32Array(0);

/** Bits of the filter: a word's group is its first pair's, so that words sharing that pair share a bit. */
const GROUPS = 32;

/** The trie and the filter of a set of words, and the pass over bytes that uses them. */
class Tables {
  /** `next[state << 8 | byte]`: the child state, 0 for none (the root is never a child). */
  private readonly next: Int32Array;
  /** The state after a word's first two bytes, by `first << 8 | second`. */
  private readonly pairs = new Int32Array(65536);
  /** The filter: by pair (`pairKey`), the groups of words it can open, and the groups it can follow the opening pair of. */
  private readonly opens = new Int32Array(65536);
  private readonly follows = new Int32Array(65536);
  /** The groups of words that end within their opening pair's reach: any pair follows them. */
  private anyFollows = 0;
  /** The words that end at each state. */
  private readonly ends: Array<string[] | undefined>;
  /** Words of a single byte, which the pair table cannot hold, by that byte. */
  private readonly single = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    const spelled = words.flatMap((word) => spellings(word).map((bytes) => ({ word, bytes })));
    const size = spelled.reduce((sum, { bytes }) => sum + bytes.length, 1);
    const next = new Int32Array(size << 8);
    this.ends = new Array<string[] | undefined>(size).fill(undefined);
    const groups = new Map<number, number>();
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
      if (bytes.length === 1) {
        for (const b of cases(bytes[0])) this.single.set(b, ends);
        continue;
      }
      // From an even offset, the word's bytes 0-1 then 2-3; from an odd one, bytes 1-2 then 3-4.
      for (const from of [0, 1]) {
        const [a, b, c, d] = [bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]];
        const pair = ((a ?? 0) << 8) | (b ?? 0);
        if (!groups.has(pair)) groups.set(pair, groups.size % GROUPS);
        const bit = 1 << (groups.get(pair) as number);
        this.mark(this.opens, a, b, bit);
        // Any pair at all follows a word that ends before it: one bit for all, not one in each entry.
        if (c === undefined) this.anyFollows |= bit;
        else this.mark(this.follows, c, d, bit);
      }
    }
    this.next = next;
    for (let first = 0; first < 256; first++) {
      const one = next[first] as number;
      if (one !== 0) this.pairs.set(next.subarray(one << 8, (one + 1) << 8), first << 8);
    }
  }

  /** Sets `bit` for the pair `a b` in each case (any byte where undefined: beyond the word's end). */
  private mark(table: Int32Array, a: number | undefined, b: number | undefined, bit: number): void {
    for (const x of cases(a)) for (const y of cases(b)) table[pairKey(x, y)] = (table[pairKey(x, y)] as number) | bit;
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

  /** `wordsAt` at each offset of `[from, to)` that leaves two bytes to read. */
  private wordsIn(bytes: Uint8Array, from: number, to: number, hits: Map<string, number[]> | undefined): boolean {
    for (let at = Math.max(0, from); at < Math.min(to, bytes.length - 1); at++) if (this.wordsAt(bytes, at, hits)) return true;
    return false;
  }

  /**
   * The one pass of `scan` and `test`: every word into `hits`, or without `hits`, up to the first word. The
   * filter reads the 4-byte-aligned middle of the bytes; each offset it lets through is walked, and the one
   * before it (a word starting there has its second byte here). The offsets it cannot judge (a word starting
   * before the middle, or whose next pair lies beyond it) are walked one by one: a few at each end. Offsets
   * are walked in increasing order, so each word's offsets come out in order.
   */
  search(bytes: Uint8Array, hits: Map<string, number[]> | undefined): boolean {
    const { opens, follows, anyFollows } = this;
    const n = bytes.length;
    const start = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
    const count = (n - start) >> 2;
    const quads = count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + start, count) : NO_QUADS;
    const end = start + 4 * quads.length;
    // Offsets `start - 1` on are walked from the pair after them, read by the filter.
    if (this.wordsIn(bytes, 0, start - 1, hits)) return true;
    let quad = quads[0] as number;
    for (let q = 0; q + 1 < quads.length; q++) {
      const after = quads[q + 1] as number;
      const a = LITTLE_ENDIAN ? quad & 0xffff : quad >>> 16;
      const b = LITTLE_ENDIAN ? quad >>> 16 : quad & 0xffff;
      const c = LITTLE_ENDIAN ? after & 0xffff : after >>> 16;
      const here = (opens[a] as number) & ((follows[b] as number) | anyFollows);
      const then = (opens[b] as number) & ((follows[c] as number) | anyFollows);
      quad = after;
      if ((here | then) === 0) continue;
      const at = start + 4 * q;
      if (here !== 0 && this.wordsIn(bytes, at - 1, at + 1, hits)) return true;
      if (then !== 0 && this.wordsIn(bytes, at + 1, at + 3, hits)) return true;
    }
    // The filter judged offsets up to `end - 6` (the last quad is only read as the one after): every one after.
    if (this.wordsIn(bytes, Math.max(start - 1, end - 5), n, hits)) return true;
    if (this.single.size === 0) return false;
    if (!hits) return bytes.some((b) => this.single.has(b));
    bytes.forEach((b, i) => this.single.get(b)?.forEach((word) => addHit(hits, word, i)));
    return false;
  }
}

export class WordSearch {
  private built: Tables | undefined;

  constructor(private readonly words: readonly string[]) {}

  /**
   * The tables, built on first use (a few milliseconds before V8 compiles the builder): a pre-commit hook
   * that scans no prose never builds the prose words' tables.
   */
  private get tables(): Tables {
    return (this.built ??= new Tables(this.words));
  }

  /** Adds the offset of every occurrence of every word in `bytes` to `hits`, overlapping ones too, in order. */
  scan(bytes: Uint8Array, hits: Map<string, number[]>): void {
    this.tables.search(bytes, hits);
  }

  /** Does any word occur in `bytes`? */
  test(bytes: Uint8Array): boolean {
    return this.tables.search(bytes, undefined);
  }
}

/** Adds `at` to the offsets of `word`. */
export function addHit(hits: Map<string, number[]>, word: string, at: number): void {
  const list = hits.get(word);
  if (list) list.push(at);
  else hits.set(word, [at]);
}
