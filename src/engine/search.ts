// Where each rule looks in a text, and the candidates it finds there: its pattern near its keywords, its
// loose pattern near its anchors and prose keywords. Windows around keyword hits are searched with the
// pattern; a pattern whose matches start key-shaped runs (`Rule.run`) has those runs found instead, in the
// windows (a linear pass over characters, where a regex tries its pattern at each offset), or in the whole
// text with each kept when a word is near it (the loose search, whose words are everywhere: `key` in code,
// `secret` in infrastructure code). Every way gives the matches a global search gives that start within
// `near` of a word.
import type { KeywordGate } from './gate.js';
import type { DetectInput, Rule } from './rule.js';
import { runStarts, type Run } from './runs.js';

/** Room around a window for the lookarounds and the rest of a match that starts in it. */
const SLACK = 1024;
/** Up to this `near`, a match starts next to a keyword: trying the pattern at each such offset beats searching. */
const ANCHORED = 16;

/** Merged half-open ranges `[from, to)` of the offsets within `near` characters of a keyword hit. */
function keywordWindows(at: number[], near: number): Array<[number, number]> {
  at.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  for (const i of at) {
    const last = windows[windows.length - 1];
    if (last && i - near <= last[1]) last[1] = i + near + 1;
    else windows.push([Math.max(0, i - near), i + near + 1]);
  }
  return windows;
}

/**
 * Where and what a rule searches: a pattern, and the offsets of the words it starts `near` (none: the whole
 * text), or (`words`) the words to look for around each of its `run`s instead.
 */
export interface Search {
  pattern: RegExp;
  near: number | undefined;
  hits: number[] | undefined;
  run?: Run | undefined;
  words?: readonly string[];
}

/** How the text was searched for words (at offsets of the text itself). */
export interface SearchContext {
  gate: KeywordGate;
  /** Words were found in the text itself (`KeywordGate.foldedHits`): runs may be found first. */
  folded: boolean;
}

const stickies = new WeakMap<RegExp, RegExp>();
/**
 * The pattern matched only at `lastIndex`: how a match found in a window or at a run is tried in the whole text.
 * One per pattern, made once: every use sets `lastIndex` right before its `exec`.
 */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickies.set(pattern, sticky);
  }
  return sticky;
}

/** Every match of `pattern` in `text`, in order and not overlapping. */
function* globalMatches(source: RegExp, text: string): Generator<RegExpExecArray> {
  const pattern = new RegExp(source.source, source.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    yield m;
  }
}

/**
 * The matches that start the search's runs within its keyword windows, or (no hits) anywhere with one of its
 * `words` within `near`, in order (runs never overlap).
 */
function* runMatches(search: Search & { run: Run; near: number }, windows: ReadonlyArray<[number, number]>, input: DetectInput, context: SearchContext): Generator<RegExpExecArray> {
  const { text } = input;
  const { near, words = [], hits } = search;
  const sticky = stickyOf(search.pattern);
  for (const start of hits ? runStarts(text, search.run, windows) : runStarts(text, search.run)) {
    if (!hits && !context.gate.wordNear(text, start - near, start + near, words)) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) yield m;
  }
}

/**
 * Every match of a search's pattern in `text`, in order and not overlapping, as a global search would give.
 * With `near`, only the windows around the hits are searched: a match is always re-matched at its offset in
 * the whole text (sticky), so lookarounds, offsets and `validate` see the real text.
 */
function* candidates(search: Search, input: DetectInput, context: SearchContext): Generator<RegExpExecArray> {
  const { text } = input;
  const { near, hits, run } = search;
  if (near === undefined || (hits === undefined && run === undefined)) {
    yield* globalMatches(search.pattern, text);
    return;
  }
  const windows = hits ? keywordWindows(hits, near) : [];
  if (run && context.folded) {
    yield* runMatches({ ...search, run, near }, windows, input, context);
    return;
  }
  const sticky = stickyOf(search.pattern);
  const pattern = new RegExp(search.pattern.source, search.pattern.flags);
  let cursor = 0;
  for (const [from, to] of windows) {
    if (near <= ANCHORED) {
      for (let at = Math.max(from, cursor); at < to; at = Math.max(at + 1, cursor)) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m) {
          cursor = at + m[0].length;
          yield m;
        }
      }
      continue;
    }
    // Wide windows: search a slice (fast), then re-match each hit in the whole text.
    const offset = Math.max(0, from - SLACK);
    const slice = text.slice(offset, Math.min(text.length, to + SLACK));
    pattern.lastIndex = Math.max(from, cursor) - offset;
    for (let m = pattern.exec(slice); m && m.index + offset < to; m = pattern.exec(slice)) {
      if (m[0].length === 0) pattern.lastIndex++;
      sticky.lastIndex = m.index + offset;
      const whole = sticky.exec(text);
      if (whole) {
        cursor = whole.index + whole[0].length;
        yield whole;
      }
    }
  }
}

/**
 * Where a rule looks in a text: its pattern near its keywords (or everywhere, without `near` or in a file it
 * reads whole), and its loose pattern near its loose anchors when a context keyword is present, and near its
 * prose keywords in prose. None when no word of the rule is in the text. With folded hits (no anchors among
 * them), the loose pattern's runs are found first and the words looked for around each.
 */
export function searchesFor(rule: Rule, hits: ReadonlyMap<string, number[]>, path: string, prose: boolean, context: SearchContext): Search[] {
  const at = (words: readonly string[]): number[] => {
    const offsets: number[] = [];
    for (const word of words) for (const offset of hits.get(word) ?? []) offsets.push(offset);
    return offsets;
  };
  if (rule.files?.test(path)) return [{ pattern: rule.pattern, near: undefined, hits: undefined }];
  const searches: Search[] = [];
  const keyed = at(rule.keywords);
  if (keyed.length) searches.push({ pattern: rule.pattern, near: rule.near, hits: keyed, run: rule.run });
  if (rule.loose) {
    const ibm = (rule.contextKeywords ?? []).some((k) => hits.has(k));
    const words = [...(ibm ? rule.loose.anchors : []), ...(prose ? (rule.proseKeywords ?? []) : [])];
    if (context.folded) {
      if (words.length) searches.push({ pattern: rule.loose.pattern, near: rule.near, hits: undefined, run: rule.loose.run, words });
    } else {
      const loose = at(words);
      if (loose.length) searches.push({ pattern: rule.loose.pattern, near: rule.near, hits: loose });
    }
  }
  return searches;
}

/** The candidates of every search, in order, each start once: a narrower search finds nothing new where a wider one looked. */
export function allCandidates(searches: readonly Search[], input: DetectInput, context: SearchContext): RegExpExecArray[] {
  if (searches.length === 1) return [...candidates(searches[0] as Search, input, context)];
  const seen = new Set<number>();
  const all: RegExpExecArray[] = [];
  for (const search of searches) {
    for (const m of candidates(search, input, context)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      all.push(m);
    }
  }
  return all.sort((a, b) => a.index - b.index);
}
