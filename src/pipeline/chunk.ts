// The per-chunk step: findings from one chunk, detect and then the filters in a fixed order
// (changed lines, inline allow, config allow-list). Pure: the same chunk, rules and config give the same
// result in the main thread and in a worker, and `--debug` lines come back as data, in order.
import type { Config } from '../config.js';
import { detect } from '../engine/detect.js';
import { keywordGate } from '../engine/gate.js';
import { Locator, type Position } from '../engine/locate.js';
import { fingerprint, redact } from '../engine/redact.js';
import type { Rule } from '../engine/rule.js';
import { asBuffer, decodeText, textToDetect, type TextToDetect } from '../engine/text.js';
import { inlineAllow, type InlineAllow } from '../filters/allow-comments.js';
import { allowedLine, allowedSecret } from '../filters/config-allowlist.js';
import { hasLine } from '../sources/line-ranges.js';
import type { Chunk, Match, SecretFinding } from '../types.js';

export interface ChunkResult {
  findings: SecretFinding[];
  /** Findings an inline allow comment suppressed: kept, so that reports can show them as such. */
  suppressed: SecretFinding[];
  /** `--debug` lines: why each candidate was dropped (never the secret). */
  messages: string[];
  /** Candidates whose check threw, each unjudged (the run is incomplete): where, which rule, and the error's name. */
  failedChecks: string[];
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

/**
 * Positions in the whole text. A segment starts at its own line and column: its first line's columns
 * continue that column, and its line numbers that line.
 */
function wholeTextPosition(chunk: Chunk, locator: Locator): (offset: number) => Position {
  const { segment } = chunk;
  if (!segment) return (offset) => locator.at(offset);
  return (offset) => {
    const { line, column } = locator.at(offset);
    return { line: line + segment.line - 1, column: line === 1 ? column + segment.column - 1 : column };
  };
}

function toFinding(chunk: Chunk, rule: Rule, m: Match, at: (offset: number) => Position, salt: string | undefined): SecretFinding {
  const from = at(m.start);
  const to = at(m.end);
  const finding: SecretFinding = {
    ruleId: m.ruleId,
    message: m.detail ? `${rule.message} (${m.detail})` : rule.message,
    severity: m.severity ?? rule.severity,
    path: chunk.origin.path,
    ...(chunk.origin.pathBytes === undefined ? {} : { pathBytes: chunk.origin.pathBytes }),
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

export interface ChunkOptions {
  /** Collect `--debug` lines. */
  debug?: boolean;
  /** Keys every fingerprint (the baseline's salt). */
  salt?: string | undefined;
  /** Decode every chunk's bytes and search as the engine did before its fast paths: the tests' oracle. */
  reference?: boolean;
}

/** The text of a chunk to detect in, and the gate's words when it found them; undefined when nothing can be found there. */
function input(chunk: Chunk, rules: readonly Rule[], reference: boolean): TextToDetect | undefined {
  if (chunk.text !== undefined) return { text: chunk.text };
  if (!reference && chunk.hits) return { text: asBuffer(chunk.data).toString('latin1'), hits: chunk.hits };
  if (!reference) return textToDetect(chunk.data, chunk.origin.path, keywordGate(rules), chunk.passed === true);
  const decoded = decodeText(chunk.data);
  return decoded.kind === 'text' ? { text: decoded.text } : undefined;
}

/** Findings in one chunk, after the changed-lines, inline and config filters; fingerprints keyed with `salt`. */
export function chunkFindings(chunk: Chunk, rules: readonly Rule[], config: Config, options: ChunkOptions = {}): ChunkResult {
  const result: ChunkResult = { findings: [], suppressed: [], messages: [], failedChecks: [] };
  const { debug = false, salt, reference = false } = options;
  const text = input(chunk, rules, reference);
  if (!text) return result;
  const locator = new Locator(text.text);
  const at = wholeTextPosition(chunk, locator);
  // A segment answers only for what starts in the part it owns; its neighbour answers for the rest.
  const { segment } = chunk;
  const mine = (offset: number): boolean => !segment || (offset >= segment.from && offset < segment.to);
  const tell = (offset: number, what: string): void => {
    if (debug && mine(offset)) result.messages.push(`${chunk.origin.path}:${at(offset).line} ${what}`);
  };
  const say = (offset: number, why: string): void => tell(offset, `dropped: ${why}`);
  const matches = detect(text.text, chunk.origin.path, rules, {
    ...(text.hits ? { hits: text.hits } : {}),
    ...(reference ? { reference } : {}),
    onReject: (r) => {
      if (!mine(r.start)) return;
      if (r.error) result.failedChecks.push(`line ${at(r.start).line}: ${r.ruleId}: ${r.reason}`);
      say(r.start, `${r.ruleId}: ${r.reason}`);
    },
    onAccept: (a) => tell(a.start, `found: ${a.ruleId}: ${a.evidence}`),
  });
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines = new LineFacts(locator, config);
  for (const m of matches) {
    const rule = byId.get(m.ruleId);
    if (!rule || !mine(m.start)) continue;
    const finding = toFinding(chunk, rule, m, at, salt);
    if (chunk.changedLines && !hasLine(chunk.changedLines, finding.line)) {
      say(m.start, `${m.ruleId}: not on a line this change adds`);
      continue;
    }
    // The line filters read the chunk's own text, so they take its own line numbers.
    const line = locator.at(m.start).line;
    if (allowedSecret(config, m.ruleId, m.secret) || lines.configAllows(line)) {
      say(m.start, `${m.ruleId}: allowed by the config`);
      continue;
    }
    const allow = lines.inlineAllow(line);
    if (allow) {
      finding.suppression = allow.reason ? { kind: 'inSource', justification: allow.reason } : { kind: 'inSource' };
      say(m.start, `${m.ruleId}: allowed by an inline comment on line ${allow.line + finding.line - line}`);
      result.suppressed.push(finding);
      continue;
    }
    result.findings.push(finding);
  }
  return result;
}
