import type { Match, RuleId } from '../types.js';
import type { Decoder } from './decode.js';
import { foldsLikeLowerCase, keywordGate, type KeywordGate } from './gate.js';
import { isProse } from './prose.js';
import { firstIndex } from './sorted.js';
import type { DetectInput, Rule, Verdict } from './rule.js';
import { allCandidates, searchesFor, type SearchContext } from './search.js';
import { DOTTED_CAPITAL_I } from './text.js';

/** Why a candidate was dropped, for `--debug`. */
export interface Rejection {
  ruleId: string;
  start: number;
  reason: string;
  /** The check threw: a bug or a hostile input. The candidate is dropped alone and the scan goes on. */
  error?: boolean;
}

/** A finding, with the evidence its rule weighed (for `--debug`). */
export interface Acceptance {
  ruleId: string;
  start: number;
  evidence: string;
}

/**
 * The span of the credential in a regex match: a group named `secret…` that matched (one per alternative:
 * names cannot repeat), else the first named group that matched, else the whole match.
 */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = Object.entries(m.indices?.groups ?? {}).filter((e): e is [string, [number, number]] => e[1] !== undefined);
  const span = (groups.find(([name]) => name.startsWith('secret')) ?? groups[0])?.[1] ?? m.indices?.[0];
  return span ?? [m.index, m.index + m[0].length];
}

export interface DetectOptions {
  onReject?: (rejection: Rejection) => void;
  /** Called for each finding with the evidence its rule weighed (for `--debug`). */
  onAccept?: (acceptance: Acceptance) => void;
  /** The gate's `foldedHits` of this very text, when the caller has them already: no second keyword pass. */
  hits?: Map<string, number[]>;
  /**
   * Find words in the lower-cased text and search every keyword window, as the engine did before its fast
   * paths (which give the same matches): the oracle that the tests hold them to.
   */
  reference?: boolean;
}

/** A value shorter than this may be a word; a longer one found as a secret is that secret wherever it stands. */
const SAME_VALUE_MIN = 16;

function detectIn(input: DetectInput, rules: readonly Rule[], words: Words, options: DetectOptions): Match[] {
  const matches: Match[] = [];
  const prose = isProse(input.path);
  for (const rule of rules) {
    const searches = searchesFor(rule, words.hits, input.path, prose, words.context);
    if (searches.length === 0) continue;
    const found = new Set<string>();
    const doubted: Array<{ start: number; end: number; reason: string; quiet: boolean }> = [];
    for (const m of allCandidates(searches, input, words.context)) {
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
 * A rule's verdict on one candidate. A check that throws (a bug, or input built to break it) leaves that
 * candidate unjudged: the rest of the text and of the scan are still judged, and the caller is told (a run
 * with such a candidate is incomplete). Only the error's name is kept: its message may quote the input.
 */
function judge(rule: Rule, m: RegExpExecArray, input: DetectInput): Verdict | { ok: false; reason: string; error: true } {
  if (!rule.validate) return { ok: true };
  try {
    return rule.validate(m, input);
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    return { ok: false, reason: `the check failed (${name}): candidate not judged`, error: true };
  }
}

/** Is there a range in `kept` (disjoint, sorted by start) that overlaps `m`? Binary search: O(log n). */
function overlapsKept(kept: readonly Match[], m: Match): boolean {
  const next = kept[firstIndex(kept.length, (i) => (kept[i] as Match).end > m.start)];
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

/** The words of a text, and how they were found. */
interface Words {
  hits: Map<string, number[]>;
  context: SearchContext;
}

/** Finds the words of `text`: in the text itself where case folds alike (`foldsLikeLowerCase`), else in its lower case. */
function wordsOf(text: string, path: string, gate: KeywordGate, options: DetectOptions): Words {
  if (!options.reference && foldsLikeLowerCase(text)) {
    return { hits: options.hits ?? gate.foldedHits(text, path), context: { gate, folded: true } };
  }
  // U+0130 (İ) is the one character whose lower case is longer (i and a combining dot): made `i` first, the
  // lower case keeps every offset of the text. (Searched without them, a text with one İ anywhere had each
  // rule search the whole text, ignoring how near its words must be, and gave other findings.)
  const lower = text.replaceAll(DOTTED_CAPITAL_I, 'i').toLowerCase();
  return { hits: gate.hits(lower, path), context: { gate, folded: false } };
}

/**
 * Every credential in `text` as half-open ranges of `text`. Pure: the same text, path and rules give
 * the same matches, which is what lets the CLI and the ESLint plugin agree by construction.
 * Base64 that hides credentials (Kubernetes Secret data, Basic credentials) is decoded and scanned too;
 * a finding there covers the encoded value.
 */
export function detect(text: string, path: string, rules: readonly Rule[], options: DetectOptions = {}): Match[] {
  const gate = keywordGate(rules);
  const words = wordsOf(text, path, gate, options);
  const matches = detectIn({ text, path }, rules, words, options);
  for (const decoder of decodersFor(rules, words.hits)) {
    for (const derived of decoder.decode(text)) {
      // A finding in decoded text covers the encoded value; so does what --debug says of it.
      const at = <T extends { start: number }>(r: T): T => ({ ...r, start: derived.start });
      const mapped: DetectOptions = {
        ...(options.onReject ? { onReject: (r: Rejection) => options.onReject?.(at(r)) } : {}),
        ...(options.onAccept ? { onAccept: (a: Acceptance) => options.onAccept?.(at(a)) } : {}),
        ...(options.reference ? { reference: true } : {}),
      };
      const inner = wordsOf(derived.text, path, gate, mapped);
      for (const m of detectIn({ text: derived.text, path }, rules, inner, mapped)) matches.push({ ...m, start: derived.start, end: derived.end });
    }
  }
  return resolveOverlaps(matches, rules);
}

const decoders = new WeakMap<readonly Rule[], Decoder[]>();

/** The decoders of `rules` whose triggers are in the text, each once. */
function decodersFor(rules: readonly Rule[], hits: ReadonlyMap<string, number[]>): Decoder[] {
  let all = decoders.get(rules);
  if (!all) {
    all = [...new Set(rules.flatMap((r) => r.decoders ?? []))];
    decoders.set(rules, all);
  }
  return all.filter((d) => d.triggers.some((t) => hits.has(t)));
}
