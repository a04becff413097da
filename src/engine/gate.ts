// The keyword gate: the one place that decides whether a text is worth detecting on, and where. The
// files source and history ask it of raw bytes before decoding anything, detect() asks it for the
// offsets of every keyword (its windows), and the ESLint plugin asks it of a file's text: one set of
// words, derived from the catalog, so no front door can hide a finding another would report.
import { isProse } from './prose.js';
import type { Rule } from './rule.js';

const DOTTED_CAPITAL_I = '\u0130';
const KELVIN_SIGN = '\u212a';
const DOTTED_CAPITAL_I_UTF8 = Buffer.from(DOTTED_CAPITAL_I, 'utf8');
const KELVIN_SIGN_UTF8 = Buffer.from(KELVIN_SIGN, 'utf8');

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



const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/**
 * A word as a pattern over bytes read as latin1 (one char per byte): ASCII letters are matched in any case by
 * `/i`; a letter beyond ASCII (`ü` of `schlüssel`) by the UTF-8 bytes of each of its cases, since the text
 * it stands for is lower-cased before detect() looks for the word.
 */
function bytePattern(word: string): string {
  return [...word]
    .map((ch) => {
      if (ch.charCodeAt(0) < 0x80) return escape(ch);
      const cases = [...new Set([ch, ch.toLowerCase(), ch.toUpperCase()])].filter((c) => c.toLowerCase() === ch);
      return `(?:${cases.map((c) => escape(latin1(c))).join('|')})`;
    })
    .join('');
}

/** One compiled set of words: a yes/no test, and a scanner that finds every occurrence in one pass. */
/** Longest first, so that an alternation prefers `apikey` to `api`; no word at all never matches. */
const alternation = (words: readonly string[], each: (word: string) => string = escape): string =>
  words.length > 0 ? [...words].sort((a, b) => b.length - a.length).map(each).join('|') : '(?!)';

/** Finds every occurrence of some words in one pass, overlapping ones included. */
class Scanner {
  private readonly pattern: RegExp;
  /** For each word, the words a match of it also contains at the same offset (itself and its prefixes). */
  private readonly implied: Map<string, string[]>;

  constructor(words: readonly string[]) {
    this.pattern = new RegExp(alternation(words), 'g');
    this.implied = new Map(words.map((w) => [w, words.filter((p) => w.startsWith(p))]));
  }

  /** Adds the offsets of every word in `lower` to `hits`. */
  scan(lower: string, hits: Map<string, number[]>): void {
    const { pattern, implied } = this;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      for (const word of implied.get(m[0]) ?? []) {
        const list = hits.get(word);
        if (list) list.push(m.index);
        else hits.set(word, [m.index]);
      }
      pattern.lastIndex = m.index + 1;
    }
  }
}

class Words {
  readonly bytes: RegExp;
  readonly any: RegExp;
  readonly scanner: Scanner;

  constructor(readonly list: readonly string[]) {
    this.bytes = new RegExp(alternation(list, bytePattern), 'i');
    this.any = new RegExp(alternation(list), 'i');
    this.scanner = new Scanner(list);
  }
}

export class KeywordGate {
  private readonly code: Words;
  private readonly prose: Words;
  private readonly files: RegExp[];
  /** The longest word, for callers that look at part of a text and must widen it by a word's length. */
  readonly longest: number;

  /** The rules' loose anchors, and the context words that make detect() need them. */
  private readonly anchors: Scanner;
  private readonly contextWords: string[];

  constructor(rules: readonly Rule[]) {
    this.code = new Words(gateWords(rules, false));
    this.prose = new Words(gateWords(rules, true));
    this.files = rules.flatMap((r) => (r.files ? [r.files] : []));
    const loose = rules.filter((r) => r.loose);
    this.anchors = new Scanner([...new Set(loose.flatMap((r) => r.loose?.anchors ?? []))]);
    this.contextWords = [...new Set(loose.flatMap((r) => r.contextKeywords ?? []))];
    this.longest = Math.max(0, ...this.prose.list.map((w) => w.length));
  }

  private words(path: string): Words {
    return isProse(path) ? this.prose : this.code;
  }

  /**
   * Could detect() find anything in these bytes (a file or a blob at `path`)? False only when it cannot.
   * detect() finds keywords in `text.toLowerCase()`. Words are ASCII, and the only non-ASCII characters
   * that lower-case to ASCII letters are U+0130 (İ) and U+212A (Kelvin sign), so an ASCII case-insensitive
   * search of the bytes read as latin1 (one char per byte, where /i never folds a char >= 128 to ASCII)
   * finds every word the text has, unless one of those two is present. UTF-16 (with a BOM) is not
   * ASCII-compatible: such bytes always pass.
   */
  passes(bytes: Uint8Array, path: string): boolean {
    if (this.readsWhole(path)) return true;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(DOTTED_CAPITAL_I_UTF8) || buffer.includes(KELVIN_SIGN_UTF8)) return true;
    return this.words(path).bytes.test(buffer.toString('latin1'));
  }

  /** The same question of a decoded text. */
  passesText(text: string, path: string): boolean {
    if (this.readsWhole(path)) return true;
    return text.includes(DOTTED_CAPITAL_I) || text.includes(KELVIN_SIGN) || this.words(path).any.test(text);
  }

  /** Does a rule read the file at `path` whatever its words? */
  private readsWhole(path: string): boolean {
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
