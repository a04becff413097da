import type { Match, RuleId } from '../types.js';
import type { Decoder } from './decode.js';
import { keywordGate } from './gate.js';
import { isProse } from './prose.js';
import type { DetectInput, Rule, Verdict } from './rule.js';

/** Why a candidate was dropped, for `--debug`. */
export interface Rejection {
  ruleId: string;
  start: number;
  reason: string;
  /** The check threw: a bug or a hostile input. The candidate is dropped alone and the scan goes on. */
  error?: boolean;
}

/** Room around a window for the lookarounds and the rest of a match that starts in it. */
const SLACK = 1024;
/** Up to this `near`, a match starts next to a keyword: trying the pattern at each such offset beats searching. */
const ANCHORED = 16;

/**
 * The span of the credential in a regex match: a group named `secret…` that matched (one per alternative:
 * names cannot repeat), else the first named group that matched, else the whole match.
 */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = Object.entries(m.indices?.groups ?? {}).filter((e): e is [string, [number, number]] => e[1] !== undefined);
  const span = (groups.find(([name]) => name.startsWith('secret')) ?? groups[0])?.[1] ?? m.indices?.[0];
  return span ?? [m.index, m.index + m[0].length];
}

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

/** Where and what a rule searches: a pattern, and the keyword offsets it starts `near` (none: the whole text). */
interface Search {
  pattern: RegExp;
  near: number | undefined;
  hits: number[] | undefined;
}

/**
 * Every match of a search's pattern in `text`, in order and not overlapping, as a global search would give.
 * With `near`, only the windows around the hits are searched: a match is always re-matched at its offset in
 * the whole text (sticky), so lookarounds, offsets and `validate` see the real text.
 */
function* candidates(search: Search, input: DetectInput): Generator<RegExpExecArray> {
  const { text, lower } = input;
  const { near, hits } = search;
  const pattern = new RegExp(search.pattern.source, search.pattern.flags);
  // Lower-casing may change the length of some texts (U+0130): then offsets in `lower` are not offsets in `text`.
  if (near === undefined || hits === undefined || lower.length !== text.length) {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
    return;
  }
  const sticky = new RegExp(search.pattern.source, `${search.pattern.flags.replace('g', '')}y`);
  let cursor = 0;
  for (const [from, to] of keywordWindows(hits, near)) {
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

export interface DetectOptions {
  onReject?: (rejection: Rejection) => void;
  /** Called for each finding with the evidence its rule weighed (for `--debug`). */
  onAccept?: (acceptance: { ruleId: string; start: number; evidence: string }) => void;
}

/**
 * Where a rule looks in a text: its pattern near its keywords (or everywhere, without `near` or in a file it
 * reads whole), and its loose pattern near its loose anchors when a context keyword is present, and near its
 * prose keywords in prose. None when no word of the rule is in the text.
 */
function searchesFor(rule: Rule, hits: ReadonlyMap<string, number[]>, path: string, prose: boolean): Search[] {
  const at = (words: readonly string[]): number[] => words.flatMap((k) => hits.get(k) ?? []);
  if (rule.files?.test(path)) return [{ pattern: rule.pattern, near: undefined, hits: undefined }];
  const searches: Search[] = [];
  const keyed = at(rule.keywords);
  if (keyed.length) searches.push({ pattern: rule.pattern, near: rule.near, hits: keyed });
  if (rule.loose) {
    const context = (rule.contextKeywords ?? []).some((k) => hits.has(k));
    const loose = [...(context ? at(rule.loose.anchors) : []), ...(prose ? at(rule.proseKeywords ?? []) : [])];
    if (loose.length) searches.push({ pattern: rule.loose.pattern, near: rule.near, hits: loose });
  }
  return searches;
}

/** The candidates of every search, in order, each start once: a narrower search finds nothing new where a wider one looked. */
function allCandidates(searches: readonly Search[], input: DetectInput): RegExpExecArray[] {
  if (searches.length === 1) return [...candidates(searches[0] as Search, input)];
  const seen = new Set<number>();
  const all: RegExpExecArray[] = [];
  for (const search of searches) {
    for (const m of candidates(search, input)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      all.push(m);
    }
  }
  return all.sort((a, b) => a.index - b.index);
}

/** A value shorter than this may be a word; a longer one found as a secret is that secret wherever it stands. */
const SAME_VALUE_MIN = 16;

function detectIn(input: DetectInput, rules: readonly Rule[], hits: ReadonlyMap<string, number[]>, options: DetectOptions): Match[] {
  const matches: Match[] = [];
  const prose = isProse(input.path);
  for (const rule of rules) {
    const searches = searchesFor(rule, hits, input.path, prose);
    if (searches.length === 0) continue;
    const found = new Set<string>();
    const doubted: Array<{ start: number; end: number; reason: string; quiet: boolean }> = [];
    for (const m of allCandidates(searches, input)) {
      const [start, end] = secretSpan(m);
      const verdict = judge(rule, m, input);
      if (!verdict.ok) {
        if ('error' in verdict) options.onReject?.({ ruleId: rule.id, start, reason: verdict.reason, error: true });
        else doubted.push({ start, end, reason: verdict.reason, quiet: verdict.quiet === true });
        continue;
      }
      const [from, to] = verdict.at ?? [start, end];
      if (verdict.evidence) options.onAccept?.({ ruleId: rule.id, start: from, evidence: verdict.evidence });
      const match: Match = { ruleId: rule.id as RuleId, start: from, end: to, secret: input.text.slice(from, to) };
      if (verdict.detail) match.detail = verdict.detail;
      if (verdict.severity) match.severity = verdict.severity;
      if (verdict.attributes) match.attributes = verdict.attributes;
      if (verdict.token) match.token = verdict.token;
      matches.push(match);
      found.add(match.secret);
    }
    // A value this rule found is the same secret wherever else the text quotes it ("revoke the one above (…)").
    for (const d of doubted) {
      const value = input.text.slice(d.start, d.end);
      if (value.length >= SAME_VALUE_MIN && found.has(value)) {
        options.onAccept?.({ ruleId: rule.id, start: d.start, evidence: 'the same value is a finding elsewhere in this text' });
        matches.push({ ruleId: rule.id as RuleId, start: d.start, end: d.end, secret: value });
      } else if (!d.quiet) {
        options.onReject?.({ ruleId: rule.id, start: d.start, reason: d.reason });
      }
    }
  }
  return matches;
}

/**
 * A rule's verdict on one candidate. A check that throws (a bug, or input built to break it) costs that
 * candidate only: the rest of the text and of the scan are still judged, and the error is counted.
 */
function judge(rule: Rule, m: RegExpExecArray, input: DetectInput): Verdict | { ok: false; reason: string; error: true } {
  if (!rule.validate) return { ok: true };
  try {
    return rule.validate(m, input);
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `the check failed (${said.slice(0, 200)}): candidate skipped`, error: true };
  }
}

/** Is there a range in `kept` (disjoint, sorted by start) that overlaps `m`? Binary search: O(log n). */
function overlapsKept(kept: readonly Match[], m: Match): boolean {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid] as Match).end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  const next = kept[lo];
  return next !== undefined && next.start < m.end;
}

/**
 * Keeps, of matches whose ranges overlap, the one of the rule that comes first in the catalog (and of one
 * rule, the first). Rule by rule, in catalog order: the survivors of a rule are merged into the kept ranges,
 * which stay disjoint and sorted, so the whole is O(n log n) for n matches.
 */
function resolveOverlaps(matches: readonly Match[], rules: readonly Rule[]): Match[] {
  let kept: Match[] = [];
  for (const rule of rules) {
    const mine = matches.filter((m) => m.ruleId === rule.id).sort((a, b) => a.start - b.start || a.end - b.end);
    const survivors: Match[] = [];
    for (const m of mine) {
      const last = survivors[survivors.length - 1];
      if ((last && last.end > m.start) || overlapsKept(kept, m)) continue;
      survivors.push(m);
    }
    const merged: Match[] = [];
    let i = 0;
    let j = 0;
    while (i < kept.length || j < survivors.length) {
      const a = kept[i];
      const b = survivors[j];
      if (b === undefined || (a !== undefined && a.start < b.start)) {
        merged.push(a as Match);
        i++;
      } else {
        merged.push(b);
        j++;
      }
    }
    kept = merged;
  }
  return kept;
}

/**
 * Every credential in `text` as half-open ranges of `text`. Pure: the same text, path and rules give
 * the same matches, which is what lets the CLI and the ESLint plugin agree by construction.
 * Base64 that hides credentials (Kubernetes Secret data, Basic credentials) is decoded and scanned too;
 * a finding there covers the encoded value.
 */
export function detect(text: string, path: string, rules: readonly Rule[], options: DetectOptions = {}): Match[] {
  const gate = keywordGate(rules);
  const scan = (t: string, mapped: DetectOptions): Match[] => {
    const lower = t.toLowerCase();
    return detectIn({ text: t, lower, path }, rules, gate.hits(lower, path), mapped);
  };
  const lower = text.toLowerCase();
  const hits = gate.hits(lower, path);
  const matches = detectIn({ text, lower, path }, rules, hits, options);
  for (const decoder of decodersFor(rules, hits)) {
    for (const derived of decoder.decode(text)) {
      // A finding in decoded text covers the encoded value; so does what --debug says of it.
      const at = <T extends { start: number }>(r: T): T => ({ ...r, start: derived.start });
      const mapped: DetectOptions = {
        ...(options.onReject ? { onReject: (r: Rejection) => options.onReject?.(at(r)) } : {}),
        ...(options.onAccept ? { onAccept: (a: { ruleId: string; start: number; evidence: string }) => options.onAccept?.(at(a)) } : {}),
      };
      for (const m of scan(derived.text, mapped)) matches.push({ ...m, start: derived.start, end: derived.end });
    }
  }
  return resolveOverlaps(matches, rules);
}

/** The decoders of `rules` whose triggers are in the text, each once. */
function decodersFor(rules: readonly Rule[], hits: ReadonlyMap<string, number[]>): Decoder[] {
  const all = new Set(rules.flatMap((r) => r.decoders ?? []));
  return [...all].filter((d) => d.triggers.some((t) => hits.has(t)));
}
