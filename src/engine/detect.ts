import type { Match } from '../types.js';
import { basicCredentials, kubernetesSecretData } from './decode.js';
import type { DetectInput, Rule, Verdict } from './rule.js';

/** Why a candidate was dropped, for `--debug`. */
export interface Rejection {
  ruleId: string;
  start: number;
  reason: string;
  /** The check threw: a bug or a hostile input. The candidate is dropped alone and the scan goes on. */
  error?: boolean;
}

export interface DetectOptions {
  onReject?: (rejection: Rejection) => void;
}

/** Room around a window for the lookarounds and the rest of a match that starts in it. */
const SLACK = 1024;
/** Up to this `near`, a match starts next to a keyword: trying the pattern at each such offset beats searching. */
const ANCHORED = 16;

/** The span of the credential in a regex match: group `secret`, else the first named group that matched, else all. */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = m.indices?.groups ?? {};
  const span = groups.secret ?? Object.values(groups).find((g) => g !== undefined) ?? m.indices?.[0];
  return span ?? [m.index, m.index + m[0].length];
}

interface KeywordScanner {
  pattern: RegExp;
  /** For each keyword, the keywords a match of it also contains at the same offset (itself and its prefixes). */
  implied: Map<string, string[]>;
}

const scanners = new WeakMap<readonly Rule[], KeywordScanner>();

/** One regex over every keyword of the catalog: one pass per text, however many keywords the rules have. */
function scannerFor(rules: readonly Rule[]): KeywordScanner {
  let scanner = scanners.get(rules);
  if (!scanner) {
    const words = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    scanner = {
      // No keyword at all never matches; an empty keyword matches everywhere (no prefilter).
      pattern: new RegExp(words.length > 0 ? escaped.join('|') : '(?!)', 'g'),
      implied: new Map(words.map((w) => [w, words.filter((p) => w.startsWith(p))])),
    };
    scanners.set(rules, scanner);
  }
  return scanner;
}

/** Every offset in `lower` at which each keyword occurs, overlapping occurrences included. */
function keywordHits(lower: string, rules: readonly Rule[]): Map<string, number[]> {
  const { pattern, implied } = scannerFor(rules);
  const hits = new Map<string, number[]>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    for (const k of implied.get(m[0]) ?? []) {
      const list = hits.get(k);
      if (list) list.push(m.index);
      else hits.set(k, [m.index]);
    }
    pattern.lastIndex = m.index + 1;
  }
  return hits;
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

/**
 * Every match of `rule.pattern` in `text`, in order and not overlapping, as a global search would give.
 * A rule with `near` is searched only in the windows around its keywords: a match is always re-matched at its
 * offset in the whole text (sticky), so lookarounds, offsets and `validate` see the real text.
 */
function* candidates(rule: Rule, input: DetectInput, hits: number[]): Generator<RegExpExecArray> {
  const { text, lower } = input;
  const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
  // Lower-casing may change the length of some texts (U+0130): then offsets in `lower` are not offsets in `text`.
  if (rule.near === undefined || lower.length !== text.length) {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      yield m;
    }
    return;
  }
  const sticky = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`);
  let cursor = 0;
  for (const [from, to] of keywordWindows(hits, rule.near)) {
    if (rule.near <= ANCHORED) {
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

function detectIn(input: DetectInput, rules: readonly Rule[], options: DetectOptions): Match[] {
  const matches: Match[] = [];
  const hits = keywordHits(input.lower, rules);
  for (const rule of rules) {
    const at = rule.keywords.flatMap((k) => hits.get(k) ?? []);
    if (at.length === 0) continue;
    for (const m of candidates(rule, input, at)) {
      const [start, end] = secretSpan(m);
      const verdict = judge(rule, m, input);
      if (!verdict.ok) {
        options.onReject?.({ ruleId: rule.id, start, reason: verdict.reason, ...('error' in verdict ? { error: true } : {}) });
        continue;
      }
      const match: Match = { ruleId: rule.id, start, end, secret: input.text.slice(start, end) };
      if (verdict.detail) match.detail = verdict.detail;
      if (verdict.severity) match.severity = verdict.severity;
      if (verdict.token) match.token = verdict.token;
      matches.push(match);
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
  const matches = detectIn({ text, lower: text.toLowerCase(), path }, rules, options);
  for (const derived of [...kubernetesSecretData(text), ...basicCredentials(text)]) {
    const { onReject } = options;
    const mapped: DetectOptions = onReject ? { onReject: (r) => onReject({ ...r, start: derived.start }) } : {};
    for (const m of detectIn({ text: derived.text, lower: derived.text.toLowerCase(), path }, rules, mapped)) {
      matches.push({ ...m, start: derived.start, end: derived.end });
    }
  }
  return resolveOverlaps(matches, rules);
}
