// The one place where a source, the engine, the filters, verification and the result meet.
import { RULES } from '../rules/index.js';
import type { Config } from './config.js';
import { createDetector, type DetectResult } from './detect-pool.js';
import { detect } from './engine/detect.js';
import { Locator } from './engine/locate.js';
import { fingerprint, redact } from './engine/redact.js';
import type { Rule } from './engine/rule.js';
import { allowedByComment } from './filters/allow-comments.js';
import { applyBaseline, type BaselineEntry } from './filters/baseline.js';
import { allowedByConfig } from './filters/config-allowlist.js';
import { dedupe, dedupeKey } from './filters/dedupe.js';
import type { SourceStats } from './sources/source.js';
import type { Chunk, Finding, ScanResult, SecretFinding } from './types.js';

export type Debug = (message: string) => void;

export interface PipelineOptions {
  rules: readonly Rule[];
  config: Config;
  baseline?: readonly BaselineEntry[];
  /** History: report each secret once per path, at its first introduction (chunks come oldest first). */
  oncePerPath?: boolean;
  /** Verify mode: annotates findings in place; the only step that may touch the network. */
  verify?: (findings: SecretFinding[]) => Promise<Record<string, number>>;
  debug?: Debug;
}

/** The rules a config leaves on. */
export function activeRules(rules: readonly Rule[], config: Config): Rule[] {
  return rules.filter((r) => !config.off.has(r.id));
}

/** Findings in one chunk, after the inline and config filters. Pure. */
export function findingsInChunk(chunk: Chunk, rules: readonly Rule[], config: Config, debug?: Debug): SecretFinding[] {
  const { path } = chunk.origin;
  const say = debug ? (at: number, why: string) => debug(`${path}:${locator.at(at).line} dropped: ${why}`) : undefined;
  const locator = new Locator(chunk.text);
  const matches = detect(chunk.text, path, rules, say && { onReject: (r) => say(r.start, `${r.ruleId}: ${r.reason}`) });
  const byId = new Map(rules.map((r) => [r.id, r]));
  const findings: SecretFinding[] = [];
  for (const m of matches) {
    const rule = byId.get(m.ruleId);
    if (!rule) continue;
    const from = locator.at(m.start);
    const to = locator.at(m.end);
    if (chunk.changedLines && !chunk.changedLines.has(from.line)) {
      say?.(m.start, `${m.ruleId}: not on a line this change adds`);
      continue;
    }
    const lineText = (n: number): string => locator.lineText(n);
    if (allowedByComment(from.line, lineText)) {
      say?.(m.start, `${m.ruleId}: allowed by an inline comment`);
      continue;
    }
    if (allowedByConfig(config, m.ruleId, m.secret, lineText(from.line))) {
      say?.(m.start, `${m.ruleId}: allowed by the config`);
      continue;
    }
    const finding: SecretFinding = {
      ruleId: m.ruleId,
      message: m.detail ? `${rule.message} (${m.detail})` : rule.message,
      severity: rule.severity,
      path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      redacted: redact(m.secret),
      fingerprint: fingerprint(m.ruleId, m.secret),
      secret: m.secret,
    };
    if (chunk.origin.kind === 'commit') finding.commit = chunk.origin.commit;
    if (m.token) finding.token = m.token;
    findings.push(finding);
  }
  return findings;
}

/** The public form of a finding: every field but the secret. */
export function withoutSecret({ secret: _secret, ...finding }: SecretFinding): Finding {
  return finding;
}

/**
 * Chunks in detection at once: many small ones keep every worker busy behind a slow large one (results
 * are taken in order), and the byte cap bounds memory whatever the sizes.
 */
const IN_FLIGHT = 64;
const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

export async function runPipeline(chunks: AsyncIterable<Chunk>, stats: SourceStats, options: PipelineOptions): Promise<ScanResult> {
  const started = performance.now();
  const rules = activeRules(options.rules, options.config);
  const found: SecretFinding[] = [];
  // History yields oldest first: remembering each secret and path once keeps memory to one entry per pair.
  const seen = new Set<string>();
  const detector = createDetector((chunk) => findingsInChunk(chunk, rules, options.config, options.debug), options.config, options.rules === RULES, !!options.debug);
  // Results are taken in chunk order, so history's "first introduction" and debug output keep their order.
  const inFlight: Array<{ chunk: Chunk; result: Promise<DetectResult> }> = [];
  let inFlightBytes = 0;
  const take = async (): Promise<void> => {
    const next = inFlight.shift();
    if (!next) return;
    inFlightBytes -= next.chunk.bytes;
    const { findings, messages } = await next.result;
    for (const message of messages) options.debug?.(message);
    for (const finding of findings) {
      if (options.oncePerPath) {
        const key = dedupeKey(finding, true);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      // Content that existed before (a rename's old side, a version from before the range) only marks secrets as seen.
      if (!next.chunk.prior) found.push(finding);
    }
  };
  try {
    for await (const chunk of chunks) {
      inFlight.push({ chunk, result: detector.detect(chunk) });
      inFlightBytes += chunk.bytes;
      while (inFlight.length >= IN_FLIGHT || inFlightBytes >= IN_FLIGHT_BYTES) await take();
    }
    while (inFlight.length) await take();
  } finally {
    await detector.close();
  }
  // History is already once per path (above); this drops repeats of one finding at one place.
  const unique = dedupe(found);
  const { kept, baselined } = applyBaseline(unique, options.baseline ?? []);
  const verifyRequests = options.verify ? await options.verify(kept) : undefined;
  kept.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const result: ScanResult = {
    findings: kept.map(withoutSecret),
    stats: {
      files: stats.files,
      bytes: stats.bytes,
      skipped: { binary: stats.binary, files: stats.skipped },
      errors: stats.errors,
      notes: stats.notes,
      baselined,
      durationMs: Math.round(performance.now() - started),
    },
  };
  if (stats.commits !== undefined) result.stats.commits = stats.commits;
  if (verifyRequests) result.stats.verifyRequests = verifyRequests;
  return result;
}
