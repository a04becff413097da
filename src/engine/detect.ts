import type { Match } from '../types.js';
import { kubernetesSecretData } from './decode.js';
import { keywordsIn } from './prefilter.js';
import type { DetectInput, Rule } from './rule.js';

/** Why a candidate was dropped, for `--debug`. */
export interface Rejection {
  ruleId: string;
  start: number;
  reason: string;
}

export interface DetectOptions {
  onReject?: (rejection: Rejection) => void;
}

/** The span of the credential in a regex match: group `secret`, else the first named group that matched, else all. */
function secretSpan(m: RegExpExecArray): [number, number] {
  const groups = m.indices?.groups ?? {};
  const span = groups.secret ?? Object.values(groups).find((g) => g !== undefined) ?? m.indices?.[0];
  return span ?? [m.index, m.index + m[0].length];
}

function detectIn(input: DetectInput, rules: readonly Rule[], options: DetectOptions): Match[] {
  const matches: Match[] = [];
  const present = keywordsIn(input.lower, rules);
  for (const rule of rules) {
    if (!rule.keywords.some((k) => present.has(k))) continue;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = pattern.exec(input.text); m; m = pattern.exec(input.text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      const verdict = rule.validate ? rule.validate(m, input) : { ok: true as const };
      const [start, end] = secretSpan(m);
      if (!verdict.ok) {
        options.onReject?.({ ruleId: rule.id, start, reason: verdict.reason });
        continue;
      }
      const match: Match = { ruleId: rule.id, start, end, secret: input.text.slice(start, end) };
      if (verdict.detail) match.detail = verdict.detail;
      if (verdict.token) match.token = verdict.token;
      matches.push(match);
    }
  }
  return matches;
}

/** Keeps, of matches whose ranges overlap, the one of the rule that comes first in the catalog. */
function resolveOverlaps(matches: Match[], rules: readonly Rule[]): Match[] {
  const rank = new Map(rules.map((r, i) => [r.id, i]));
  const byRank = [...matches].sort((a, b) => (rank.get(a.ruleId) ?? 0) - (rank.get(b.ruleId) ?? 0) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of byRank) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every credential in `text` as half-open ranges of `text`. Pure: the same text, path and rules give
 * the same matches, which is what lets the CLI and the ESLint plugin agree by construction.
 */
export function detect(text: string, path: string, rules: readonly Rule[], options: DetectOptions = {}): Match[] {
  const matches = detectIn({ text, lower: text.toLowerCase(), path }, rules, options);
  for (const derived of kubernetesSecretData(text)) {
    for (const m of detectIn({ text: derived.text, lower: derived.text.toLowerCase(), path }, rules, options)) {
      matches.push({ ...m, start: derived.start, end: derived.end });
    }
  }
  return resolveOverlaps(matches, rules);
}
