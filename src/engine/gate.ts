// The keyword gate: the one place that decides whether a text is worth detecting on, and where. The
// files source and history ask it of raw bytes before decoding anything, detect() asks it for the
// offsets of every keyword (its windows), and the ESLint plugin asks it of a file's text: one set of
// words, derived from the catalog, so no front door can hide a finding another would report.
import { isProse } from './prose.js';
import type { Rule } from './rule.js';
import { DOTTED_CAPITAL_I, KELVIN_SIGN, searchesAsBytes } from './text.js';
import { addHit, WordSearch } from './word-search.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words that make `rule` look at a text (and where): its keywords, and in prose its prose keywords. */
export function ruleWords(rule: Rule, prose: boolean): string[] {
  return [...rule.keywords, ...(rule.contextKeywords ?? []), ...(prose ? (rule.proseKeywords ?? []) : [])];
}

/** Every word the gate knows for a text: the rules' words and the triggers of their decoders. */
function gateWords(rules: readonly Rule[], prose: boolean): string[] {
  const triggers = rules.flatMap((r) => (r.decoders ?? []).flatMap((d) => d.triggers));
  return [...new Set([...rules.flatMap((r) => ruleWords(r, prose)), ...triggers])];
}

/** Longest first, so that an alternation prefers `apikey` to `api`; no word at all never matches. */
const alternation = (words: readonly string[]): string =>
  words.length > 0 ? [...words].sort((a, b) => b.length - a.length).map(escape).join('|') : '(?!)';

/**
 * Finds every occurrence of some words in one pass, overlapping ones included: in a lower-cased text, or
 * (`folded`) in the text itself with `/i`, which folds case the way lower-casing does for every text that
 * `foldsLikeLowerCase` accepts.
 */
class Scanner {
  private readonly pattern: RegExp;
  /** For each word, the words a match of it also contains at the same offset (itself and its prefixes). */
  private readonly implied: Map<string, string[]>;

  constructor(words: readonly string[], folded: boolean) {
    this.pattern = new RegExp(alternation(words), folded ? 'gi' : 'g');
    this.implied = new Map(words.map((w) => [w, words.filter((p) => w.startsWith(p))]));
  }

  /** Adds the offsets of every word in `text` to `hits`. */
  scan(text: string, hits: Map<string, number[]>): void {
    const { pattern, implied } = this;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      for (const word of implied.get(m[0]) ?? implied.get(m[0].toLowerCase()) ?? []) addHit(hits, word, m.index);
      pattern.lastIndex = m.index + 1;
    }
  }
}

class Words {
  readonly bytes: WordSearch;
  readonly any: RegExp;
  readonly scanner: Scanner;
  readonly folded: Scanner;

  constructor(readonly list: readonly string[]) {
    this.bytes = new WordSearch(list);
    this.any = new RegExp(alternation(list), 'i');
    this.scanner = new Scanner(list, false);
    this.folded = new Scanner(list, true);
  }
}

/**
 * Does `/i` find the words of `text` where its lower case has them? In `/i` no character beyond ASCII
 * matches an ASCII letter, and the only ones that lower-case to ASCII are U+0130 (İ, which also makes the
 * text longer) and U+212A (the Kelvin sign); every other character folds alike both ways.
 */
export const foldsLikeLowerCase = (text: string): boolean => !text.includes(DOTTED_CAPITAL_I) && !text.includes(KELVIN_SIGN);

export class KeywordGate {
  private readonly code: Words;
  private readonly prose: Words;
  private readonly files: RegExp[];
  /** The longest word, for callers that look at part of a text and must widen it by a word's length. */
  readonly longest: number;

  /** The rules' loose anchors, and the context words that make detect() need them. */
  private readonly anchors: Scanner;
  private readonly contextWords: string[];
  /** The loose anchors and prose keywords, for a look around one candidate (`wordNear`). */
  private readonly nearWords: RegExp;

  constructor(rules: readonly Rule[]) {
    this.code = new Words(gateWords(rules, false));
    this.prose = new Words(gateWords(rules, true));
    this.files = rules.flatMap((r) => (r.files ? [r.files] : []));
    const loose = rules.filter((r) => r.loose);
    const anchors = [...new Set(loose.flatMap((r) => r.loose?.anchors ?? []))];
    this.anchors = new Scanner(anchors, false);
    this.contextWords = [...new Set(loose.flatMap((r) => r.contextKeywords ?? []))];
    this.nearWords = new RegExp(alternation([...new Set([...anchors, ...loose.flatMap((r) => r.proseKeywords ?? [])])]), 'gi');
    this.longest = Math.max(0, ...this.prose.list.map((w) => w.length));
  }

  private words(path: string): Words {
    return isProse(path) ? this.prose : this.code;
  }

  /**
   * Could detect() find anything in these bytes (a file or a blob at `path`)? False only when it cannot.
   * detect() finds keywords in `text.toLowerCase()`. The only non-ASCII characters that lower-case to ASCII
   * letters are U+0130 (İ) and U+212A (Kelvin sign), so a search of the UTF-8 bytes for each word, ASCII
   * letters in either case and any other letter in each of its cases (`WordSearch`), finds every word the
   * text has, unless one of those two is present. UTF-16 and UTF-32 (with a BOM) are not ASCII-compatible: such bytes
   * always pass.
   */
  passes(bytes: Uint8Array, path: string): boolean {
    if (this.readsWhole(path)) return true;
    return !searchesAsBytes(bytes) || this.words(path).bytes.test(bytes);
  }

  /**
   * The words of bytes that `searchesAsBytes` accepts, at their byte offsets: `foldedHits` of their text, in
   * the bytes themselves. For ASCII those are the offsets of the text they are read as (latin1), which need
   * not be made unless something is found; for other UTF-8, `utf8Hits` turns them into offsets in its text.
   */
  byteHits(bytes: Uint8Array, path: string): Map<string, number[]> {
    const hits = new Map<string, number[]>();
    this.words(path).bytes.scan(bytes, hits);
    return hits;
  }

  /** The same question of a decoded text. */
  passesText(text: string, path: string): boolean {
    if (this.readsWhole(path)) return true;
    return text.includes(DOTTED_CAPITAL_I) || text.includes(KELVIN_SIGN) || this.words(path).any.test(text);
  }

  /** Does a rule read the file at `path` whatever its words? */
  readsWhole(path: string): boolean {
    return this.files.some((f) => f.test(path));
  }

  /**
   * Every offset in `lower` (a text's lower case) at which each word occurs, overlapping occurrences included;
   * and, in a text with a context word, each loose anchor (which opens windows but gates nothing: `key` is in
   * most code, so it is looked for only where a rule will look near it).
   */
  hits(lower: string, path: string): Map<string, number[]> {
    const hits = new Map<string, number[]>();
    this.words(path).scanner.scan(lower, hits);
    if (this.contextWords.some((w) => hits.has(w))) this.anchors.scan(lower, hits);
    return hits;
  }

  /**
   * The same offsets found in `text` itself, for a text that `foldsLikeLowerCase` (no lower case to make),
   * without the loose anchors: detect() looks for those only around a candidate (`wordNear`).
   */
  foldedHits(text: string, path: string): Map<string, number[]> {
    const hits = new Map<string, number[]>();
    this.words(path).folded.scan(text, hits);
    return hits;
  }

  /** Does a loose anchor or a prose keyword of `words` start in `text` within `[from, to]`? */
  wordNear(text: string, from: number, to: number, words: readonly string[]): boolean {
    const { nearWords } = this;
    const slice = text.slice(Math.max(0, from), to + this.longest);
    nearWords.lastIndex = 0;
    for (let m = nearWords.exec(slice); m && m.index + Math.max(0, from) <= to; m = nearWords.exec(slice)) {
      // Every word that starts here is a prefix of the longest one, which the alternation matched.
      const found = m[0].toLowerCase();
      if (words.some((w) => found.startsWith(w))) return true;
      nearWords.lastIndex = m.index + 1;
    }
    return false;
  }
}

const gates = new WeakMap<readonly Rule[], KeywordGate>();

/** The gate of a set of rules, built once per set. */
export function keywordGate(rules: readonly Rule[]): KeywordGate {
  let gate = gates.get(rules);
  if (!gate) {
    gate = new KeywordGate(rules);
    gates.set(rules, gate);
  }
  return gate;
}
