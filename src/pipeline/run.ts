// The one place where a source, the per-chunk step, the cross-chunk filters, verification and the result meet.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { configData, type Config } from '../config.js';
import type { Rule } from '../engine/rule.js';
import { compareText } from '../engine/sorted.js';
import { applyBaseline, EMPTY_BASELINE, type Baseline } from '../filters/baseline.js';
import { dedupe, dedupeKey } from '../filters/dedupe.js';
import type { SourceStats } from '../sources/source.js';
import type { Chunk, Finding, ScanResult, SecretFinding, UnreadPath } from '../types.js';
import { activeRules, chunkFindings, type ChunkResult } from './chunk.js';
import { createDetector, type WorkerSetup } from './pool.js';

export type Debug = (message: string) => void;

export interface PipelineOptions {
  rules: readonly Rule[];
  config: Config;
  /** Findings it holds are not reported; its salt keys every fingerprint of the run. */
  baseline?: Baseline;
  /**
   * Detection threads once a run has enough work (0: all in the calling thread). Threads run the catalog's
   * rules of the same ids as `rules`, so a caller with rules of its own keeps this at 0.
   */
  workers?: number;
  /** Called once, as the run starts its detection threads: a long run, by then. */
  onThreads?: () => void;
  /** History: report each secret once per path, at its first introduction (chunks come oldest first). */
  oncePerPath?: boolean;
  /** Verify mode: annotates findings in place; the only step that may touch the network. */
  verify?: (findings: SecretFinding[], notes: string[]) => Promise<Record<string, number>>;
  debug?: Debug;
}

/** The public form of a finding: every field but the secret. */
export function withoutSecret({ secret: _secret, ...finding }: SecretFinding): Finding {
  return finding;
}

/**
 * Chunks in detection at once: many small ones keep every worker busy behind a slow large one (results
 * are taken in order), and the byte cap bounds memory whatever the sizes.
 */
const IN_FLIGHT = 1024;
const IN_FLIGHT_BYTES = 8 * 1024 * 1024;

const byPlace = (a: Finding, b: Finding): number =>
  compareText(a.path, b.path) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId);

/** Candidates left unjudged that are listed one by one; the rest are counted. */
const MAX_LISTED_FAILED_CHECKS = 20;

/** What the run keeps across chunks: findings in chunk order, and (history) each secret once per path. */
class Collected {
  readonly found: SecretFinding[] = [];
  readonly suppressed: SecretFinding[] = [];
  /** Candidates whose check threw: the scan is incomplete (exit 2), and says where. */
  detectorErrors = 0;
  readonly failedChecks: UnreadPath[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly oncePerPath: boolean) {}

  add(chunk: Chunk, result: ChunkResult): void {
    for (const failed of result.failedChecks) {
      if (++this.detectorErrors > MAX_LISTED_FAILED_CHECKS) continue;
      const { origin } = chunk;
      const commit = origin.kind === 'commit' ? ` (commit ${origin.commit.sha.slice(0, 12)})` : '';
      const where = { path: origin.path, ...(origin.pathBytes === undefined ? {} : { pathBytes: origin.pathBytes }) };
      this.failedChecks.push({ ...where, message: `${failed}${commit}; please report this bug` });
    }
    this.keep(chunk, result.findings, this.found);
    this.keep(chunk, result.suppressed, this.suppressed);
  }

  private keep(chunk: Chunk, findings: readonly SecretFinding[], into: SecretFinding[]): void {
    for (const finding of findings) {
      if (this.oncePerPath) {
        // History yields oldest first: remembering each secret and path once keeps memory to one entry per pair.
        const key = `${finding.suppression ? 's' : 'f'}\0${dedupeKey(finding, true)}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
      }
      // Content that existed before (a rename's old side, a version from before the range) only marks secrets as seen.
      if (!chunk.prior) into.push(finding);
    }
  }
}

/** Runs detection over the chunks in order, a bounded number at once; results are taken in chunk order. */
async function detectAll(chunks: AsyncIterable<Chunk>, options: PipelineOptions, rules: readonly Rule[]): Promise<Collected> {
  const collected = new Collected(options.oncePerPath === true);
  const debug = options.debug !== undefined;
  const salt = options.baseline?.salt;
  const setup: WorkerSetup = { ruleIds: rules.map((r) => r.id), config: configData(options.config) };
  if (salt !== undefined) setup.salt = salt;
  const inThread = (chunk: Chunk): ChunkResult => chunkFindings(chunk, rules, options.config, { debug, salt });
  const detector = createDetector(inThread, options.workers ?? 0, setup, debug, options.onThreads);
  const inFlight: Array<{ chunk: Chunk; result: Promise<ChunkResult>; settled: boolean }> = [];
  let inFlightBytes = 0;
  const take = async (): Promise<void> => {
    const next = inFlight.shift();
    if (!next) return;
    inFlightBytes -= next.chunk.bytes;
    // Rather than wait for a worker, detect here what none has started; between chunks, let the workers'
    // answers in (they send the next chunks).
    while (!next.settled && detector.help()) await nextTurn();
    const result = await next.result;
    for (const message of result.messages) options.debug?.(message);
    collected.add(next.chunk, result);
  };
  try {
    for await (const chunk of chunks) {
      const entry = { chunk, result: detector.detect(chunk), settled: false };
      // Awaited in order by `take`; until then a failure must not count as an unhandled rejection.
      const settled = (): void => void (entry.settled = true);
      entry.result.then(settled, settled);
      inFlight.push(entry);
      inFlightBytes += chunk.bytes;
      while (inFlight.length >= IN_FLIGHT || inFlightBytes >= IN_FLIGHT_BYTES) await take();
    }
    while (inFlight.length) await take();
  } finally {
    await detector.close();
  }
  return collected;
}

/** The count of unjudged candidates beyond those listed, as one more error. */
function moreFailedChecks(count: number): UnreadPath[] {
  const more = count - MAX_LISTED_FAILED_CHECKS;
  return more > 0 ? [{ path: '(detection)', message: `${more} more candidates whose check failed were not judged` }] : [];
}

export async function runPipeline(chunks: AsyncIterable<Chunk>, stats: SourceStats, options: PipelineOptions): Promise<ScanResult> {
  const started = performance.now();
  const collected = await detectAll(chunks, options, activeRules(options.rules, options.config));
  // History is already once per path (above); this drops repeats of one finding at one place.
  const { kept, baselined } = applyBaseline(dedupe(collected.found), options.baseline ?? EMPTY_BASELINE);
  const suppressed = dedupe(collected.suppressed);
  const verifyRequests = options.verify ? await options.verify(kept, stats.notes) : undefined;
  const result: ScanResult = {
    findings: kept.sort(byPlace).map(withoutSecret),
    suppressed: suppressed.sort(byPlace).map(withoutSecret),
    stats: {
      files: stats.files,
      bytes: stats.bytes,
      skipped: { binary: stats.binary, files: stats.skipped },
      errors: [...stats.errors, ...collected.failedChecks, ...moreFailedChecks(collected.detectorErrors)],
      notes: stats.notes,
      baselined,
      suppressed: suppressed.length,
      detectorErrors: collected.detectorErrors,
      durationMs: Math.round(performance.now() - started),
    },
  };
  if (stats.commits !== undefined) result.stats.commits = stats.commits;
  if (verifyRequests) result.stats.verifyRequests = verifyRequests;
  return result;
}
