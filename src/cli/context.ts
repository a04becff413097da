import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleGit } from 'simple-git';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type Config } from '../config.js';
import { ScanError } from '../errors.js';
import { BASELINE_FILE, parseBaseline, type BaselineEntry } from '../filters/baseline.js';
import { RULES } from '../../rules/index.js';
import { defaultWorkers } from '../pipeline/pool.js';
import type { Debug, PipelineOptions } from '../pipeline/run.js';
import { failsGate, REPORTERS, type ReportContext } from '../reporters/index.js';
import { verifyRequestsLine } from '../reporters/verification.js';
import { escapeControl } from '../printable.js';
import type { ScanResult } from '../types.js';
import { resolveEndpoint } from '../verify/endpoint.js';
import { createVerifier, type VerifyOptions } from '../verify/verifier.js';
import { readRegularFile } from './file-io.js';
import type { CommonOptions } from './options.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Everything a command needs besides its source: where it runs, what it reads, how it reports. */
export interface RunContext {
  cwd: string;
  /** The root of the git work tree, or the current directory outside one: paths are shown relative to it. */
  root: string;
  config: Config;
  baseline: BaselineEntry[];
  baselinePath: string;
  options: CommonOptions;
  maxFileSize: number;
  debug?: Debug;
  /** Standard error: what a person must see even when the report goes to a file or a machine. */
  stderr: (s: string) => void;
}

export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const top = await simpleGit({ baseDir: cwd })
    .raw(['rev-parse', '--show-toplevel'])
    .catch(() => '');
  return top.trim() || undefined;
}

/** Reads a file the user pointed at; a missing default file is simply absent. Only regular files are read. */
async function readOptional(file: string, required: boolean): Promise<string | undefined> {
  const text = await readRegularFile(file, file);
  if (text === undefined && required) throw new ScanError('unreadable', `cannot read ${file}: ENOENT: no such file or directory`);
  return text;
}

export async function loadContext(options: CommonOptions, cwd: string, stderr: (s: string) => void): Promise<RunContext> {
  const root = (await workTreeRoot(cwd)) ?? cwd;
  const configPath = options.config ? path.resolve(cwd, options.config) : path.join(root, CONFIG_FILE);
  const configText = await readOptional(configPath, options.config !== undefined);
  const config = configText === undefined ? EMPTY_CONFIG : parseConfig(configText, path.relative(cwd, configPath) || configPath);
  const baselinePath = options.baseline ? path.resolve(cwd, options.baseline) : path.join(root, BASELINE_FILE);
  const baselineText = await readOptional(baselinePath, options.baseline !== undefined);
  const baseline = baselineText === undefined ? [] : parseBaseline(baselineText, path.relative(cwd, baselinePath));
  const context: RunContext = {
    cwd,
    root,
    config,
    baseline,
    baselinePath,
    options,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    stderr,
  };
  if (options.debug) context.debug = (message) => stderr(`debug: ${escapeControl(message)}\n`);
  return context;
}

/** How every command runs the pipeline: the catalog, the config, the baseline, debug and (opt-in) verification. */
export function pipelineOptions(context: RunContext): PipelineOptions {
  const options: PipelineOptions = { rules: RULES, config: context.config, baseline: context.baseline, workers: defaultWorkers() };
  if (context.debug) options.debug = context.debug;
  if (context.options.verify) {
    const verify: VerifyOptions = { endpoint: context.options.iamEndpoint ?? resolveEndpoint(context.options.iamUrl) };
    if (context.options.verifyTimeoutMs !== undefined) verify.timeoutMs = context.options.verifyTimeoutMs;
    if (context.debug) verify.debug = context.debug;
    options.verify = createVerifier(verify);
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
  const text = REPORTERS[format](result, reportContext);
  if (output) {
    await writeFile(path.resolve(context.cwd, output), text).catch((error: Error) => {
      throw new ScanError('unreadable', `cannot write ${output}: ${error.message}`);
    });
  } else if (text) {
    stdout(text);
  }
  // A verify run always says where keys were sent; the text summary on stdout says it, otherwise stderr does.
  const summaryShown = format === 'text' && !output && !quiet;
  if (result.stats.verifyRequests && !summaryShown) context.stderr(`secret-hygiene: ${verifyRequestsLine(result.stats.verifyRequests)}\n`);
  const { errors } = result.stats;
  // An incomplete scan must never pass for a clean one: when the report is not a text summary on
  // standard output, what could not be read goes to standard error as well.
  if (errors.length && (format !== 'text' || output || quiet)) {
    context.stderr(`secret-hygiene: incomplete scan: ${errors.length} path${errors.length === 1 ? '' : 's'} could not be read\n`);
    for (const e of errors) context.stderr(`  ${escapeControl(`${e.path}: ${e.message}`)}\n`);
  }
  if (errors.length) return 2;
  return result.findings.some(failsGate) ? 1 : 0;
}
