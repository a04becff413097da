// The per-chunk step: findings from one chunk, detect and then the filters in a fixed order
// (changed lines, inline allow, config allow-list). Pure: the same chunk, rules and config give the same
// result in the main thread and in a worker, and `--debug` lines come back as data, in order.
import type { Config } from '../config.js';
import { detect } from '../engine/detect.js';
import { Locator } from '../engine/locate.js';
import { fingerprint, redact } from '../engine/redact.js';
import type { Rule } from '../engine/rule.js';
import { inlineAllow, type InlineAllow } from '../filters/allow-comments.js';
import { allowedLine, allowedSecret } from '../filters/config-allowlist.js';
import type { Chunk, Match, SecretFinding } from '../types.js';

export interface ChunkResult {
  findings: SecretFinding[];
  /** Findings an inline allow comment suppressed: kept, so that reports can show them as such. */
  suppressed: SecretFinding[];
  /** `--debug` lines: why each candidate was dropped (never the secret). */
  messages: string[];
  /** Candidates whose check threw; each was dropped alone. */
  detectorErrors: number;
}

/** The rules a config leaves on. */
export function activeRules(rules: readonly Rule[], config: Config): Rule[] {
  return rules.filter((r) => !(config.off as ReadonlySet<string>).has(r.id));
}

/**
 * What the filters ask of a line, asked once per line: a minified file can hold thousands of findings on
 * one line of megabytes, and re-reading the line for each would make the step quadratic.
 */
class LineFacts {
  private readonly allows = new Map<number, InlineAllow | null>();
  private readonly lineAllows = new Map<number, boolean>();

  constructor(
    private readonly locator: Locator,
    private readonly config: Config,
  ) {}

  inlineAllow(line: number): InlineAllow | undefined {
    let allow = this.allows.get(line);
    if (allow === undefined) {
      allow = inlineAllow(line, (n) => this.locator.lineText(n)) ?? null;
      this.allows.set(line, allow);
    }
    return allow ?? undefined;
  }

  configAllows(line: number): boolean {
    let allowed = this.lineAllows.get(line);
    if (allowed === undefined) {
      allowed = this.config.allow.length > 0 && allowedLine(this.config, this.locator.lineText(line));
      this.lineAllows.set(line, allowed);
    }
    return allowed;
  }
}

function toFinding(chunk: Chunk, rule: Rule, m: Match, locator: Locator, salt: string | undefined): SecretFinding {
  const from = locator.at(m.start);
  const to = locator.at(m.end);
  const finding: SecretFinding = {
    ruleId: m.ruleId,
    message: m.detail ? `${rule.message} (${m.detail})` : rule.message,
    severity: m.severity ?? rule.severity,
    path: chunk.origin.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    redacted: redact(m.secret),
    fingerprint: fingerprint(m.ruleId, m.secret, salt),
    secret: m.secret,
  };
  if (chunk.origin.kind === 'commit') finding.commit = chunk.origin.commit;
  if (m.token) finding.token = m.token;
  return finding;
}

/** Findings in one chunk, after the changed-lines, inline and config filters; fingerprints keyed with `salt`. */
export function chunkFindings(chunk: Chunk, rules: readonly Rule[], config: Config, debug = false, salt?: string): ChunkResult {
  const result: ChunkResult = { findings: [], suppressed: [], messages: [], detectorErrors: 0 };
  const locator = new Locator(chunk.text);
  const tell = (at: number, what: string): void => {
    if (debug) result.messages.push(`${chunk.origin.path}:${locator.at(at).line} ${what}`);
  };
  const say = (at: number, why: string): void => tell(at, `dropped: ${why}`);
  const matches = detect(chunk.text, chunk.origin.path, rules, {
    onReject: (r) => {
      if (r.error) result.detectorErrors++;
      say(r.start, `${r.ruleId}: ${r.reason}`);
    },
    onAccept: (a) => tell(a.start, `found: ${a.ruleId}: ${a.evidence}`),
  });
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines = new LineFacts(locator, config);
  for (const m of matches) {
    const rule = byId.get(m.ruleId);
    if (!rule) continue;
    const finding = toFinding(chunk, rule, m, locator, salt);
    if (chunk.changedLines && !chunk.changedLines.has(finding.line)) {
      say(m.start, `${m.ruleId}: not on a line this change adds`);
      continue;
    }
    if (allowedSecret(config, m.ruleId, m.secret) || lines.configAllows(finding.line)) {
      say(m.start, `${m.ruleId}: allowed by the config`);
      continue;
    }
    const allow = lines.inlineAllow(finding.line);
    if (allow) {
      finding.suppression = allow.reason ? { kind: 'inSource', justification: allow.reason } : { kind: 'inSource' };
      say(m.start, `${m.ruleId}: allowed by an inline comment on line ${allow.line}`);
      result.suppressed.push(finding);
      continue;
    }
    result.findings.push(finding);
  }
  return result;
}
