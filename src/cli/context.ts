import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { ScanError } from '../errors.js';
import type { Baseline } from '../filters/baseline.js';
import { RULES } from '../../rules/index.js';
import { defaultWorkers } from '../pipeline/pool.js';
import type { Debug, PipelineOptions } from '../pipeline/run.js';
import { exitCode, loadReporter, type ReportContext } from '../reporters/index.js';
import { verifyRequestsLine } from '../reporters/verification.js';
import { escapeControl } from '../printable.js';
import { rangeEnds } from '../sources/git-range.js';
import { gitRunner, workTreeFacts, type WorkTreeFacts } from '../sources/git.js';
import type { ScanResult, SettingsChange } from '../types.js';
import { resolveEndpoint } from '../verify/endpoint.js';
import type { VerifyOptions } from '../verify/verifier.js';
import { namesStandardOutput, writeFileNoFollow } from './file-io.js';
import type { CommonOptions } from './options.js';
import { loadSettings, type SettingsRequest } from './settings.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Everything a command needs besides its source: where it runs, what it reads, how it reports. */
export interface RunContext {
  cwd: string;
  /** The root of the git work tree, or the current directory outside one: paths are shown relative to it. */
  root: string;
  /** The work tree's facts, asked of git once for the whole run (undefined outside a work tree). */
  workTree: WorkTreeFacts | undefined;
  config: Config;
  /** Its findings are not reported, and its salt keys every fingerprint of the run. */
  baseline: Baseline;
  baselinePath: string;
  /** A pull-request range's changes to the config or baseline, which the run did not apply. */
  warnings: SettingsChange[];
  options: CommonOptions;
  maxFileSize: number;
  debug?: Debug;
  /** Standard error: what a person must see even when the report goes to a file or a machine. */
  stderr: (s: string) => void;
  /**
   * Called as a run starts detection threads. The CLI sets it (optimize-later.ts), in its own process; the
   * library never does: its callers' processes keep V8's flags as they are.
   */
  onThreads?: () => void;
}

/** The top of the git work tree that holds `cwd`; undefined outside one (or when git cannot run there). */
export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const top = await gitRunner(cwd)
    .tryRun(['rev-parse', '--show-toplevel'])
    .catch(() => undefined);
  return top?.toString('utf8').trim() || undefined;
}

/** What the command is about to scan, which decides where the settings come from. */
export interface RunTarget {
  /** History revisions (`history`, `baseline --history`): a range reads its settings from its base. */
  revs?: readonly string[];
  /** `baseline` writes the baseline file: it reads its salt and the other mode's entries from there. */
  writingBaseline?: boolean;
}

export async function loadContext(options: CommonOptions, cwd: string, stderr: (s: string) => void, target: RunTarget = {}): Promise<RunContext> {
  const workTree = await workTreeFacts(gitRunner(cwd));
  const root = workTree?.top ?? cwd;
  const request: SettingsRequest = { cwd, root, noBaseline: options.noBaseline, writingBaseline: target.writingBaseline === true };
  if (options.config !== undefined) request.config = options.config;
  if (options.baseline !== undefined) request.baseline = options.baseline;
  if (target.revs) {
    const git = gitRunner(cwd);
    const ends = await rangeEnds(git, target.revs);
    if (ends) request.range = { ends, git };
  }
  const settings = await loadSettings(request);
  const context: RunContext = {
    cwd,
    root,
    workTree,
    config: settings.config,
    baseline: settings.baseline,
    baselinePath: settings.baselinePath,
    warnings: settings.warnings,
    options,
    maxFileSize: options.maxFileSize ?? settings.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    stderr,
  };
  if (options.debug) context.debug = (message) => stderr(`debug: ${escapeControl(message)}\n`);
  return context;
}

/** How every command runs the pipeline: the catalog, the config, the baseline, debug and (opt-in) verification. */
export function pipelineOptions(context: RunContext): PipelineOptions {
  const options: PipelineOptions = { rules: RULES, config: context.config, baseline: context.baseline, workers: defaultWorkers() };
  if (context.onThreads) options.onThreads = context.onThreads;
  if (context.debug) options.debug = context.debug;
  if (context.options.verify) {
    const verify: VerifyOptions = { endpoint: context.options.iamEndpoint ?? resolveEndpoint(context.options.iamUrl) };
    if (context.options.verifyTimeoutMs !== undefined) verify.timeoutMs = context.options.verifyTimeoutMs;
    if (context.options.verifyMaxKeys !== undefined) verify.maxKeys = context.options.verifyMaxKeys;
    if (context.debug) verify.debug = context.debug;
    // The IAM client is imported only by a run that verifies.
    options.verify = async (findings, notes) => (await import('../verify/verifier.js')).createVerifier(verify)(findings, notes);
  }
  return options;
}

/** Writes the report where it was asked for, and returns the exit code: 2 for unread input, 1 for findings. */
export async function report(
  result: ScanResult,
  context: RunContext,
  mode: ReportContext['mode'],
  stdout: (s: string) => void,
): Promise<number> {
  const { format, output, quiet } = context.options;
  const reportContext: ReportContext = { color: context.options.color, mode, quiet };
  const text = (await loadReporter(format))(result, reportContext);
  const file = output && path.resolve(context.cwd, output);
  if (file && !(await namesStandardOutput(file))) {
    await writeFileNoFollow(file, text, output);
  } else if (text) {
    stdout(text);
  }
  // In GitHub Actions, every finding also goes to the job summary: the annotations show only the first ten.
  const summary = format === 'github' ? process.env.GITHUB_STEP_SUMMARY : undefined;
  if (summary) {
    const { githubSummary } = await import('../reporters/github-summary.js');
    await appendFile(summary, githubSummary(result, reportContext)).catch((error: Error) => {
      throw new ScanError('unreadable', `cannot write the job summary ${summary}: ${error.message}`);
    });
  }
  // A verify run always says where keys were sent; the text summary on stdout says it, otherwise stderr does.
  const summaryShown = format === 'text' && !output && !quiet;
  if (result.stats.verifyRequests && !summaryShown) context.stderr(`secret-hygiene: ${verifyRequestsLine(result.stats.verifyRequests)}\n`);
  const { errors } = result.stats;
  // An incomplete scan must never pass for a clean one: when the report is not a text summary on
  // standard output, what could not be scanned goes to standard error as well.
  if (errors.length && (format !== 'text' || output || quiet)) {
    context.stderr(`secret-hygiene: incomplete scan: ${errors.length} path${errors.length === 1 ? '' : 's'} could not be scanned\n`);
    for (const e of errors) context.stderr(`  ${escapeControl(`${e.path}: ${e.message}`)}\n`);
  }
  return exitCode(result);
}
