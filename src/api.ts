// The programmatic API (SPEC §9): the CLI's commands as functions. Each one takes the same settings as the
// CLI's flags, loads the config and the baseline as the CLI does (a pull-request range reads them from its base),
// and runs the same command, so findings, filters and redaction are the CLI's by construction.
import { scanHistory as historyCommand } from './cli/commands/history.js';
import { scanFiles as filesCommand, scanStdin } from './cli/commands/scan.js';
import { scanStaged as stagedCommand } from './cli/commands/staged.js';
import { loadContext, type RunContext, type RunTarget } from './cli/context.js';
import { commonOptions, type ParsedValues } from './cli/options.js';
import { loadReporter, type Format, type ReportContext } from './reporters/index.js';
import type { ScanResult } from './types.js';

/** Settings every scan takes; each is the CLI flag of the same name. */
export interface ScanOptions {
  /** Where the scan runs (default: `process.cwd()`); paths are reported relative to the top of its git work tree. */
  cwd?: string;
  /** The config file (`--config`; default: `.secret-hygiene.json` at the root). */
  config?: string;
  /** The baseline file (`--baseline`; default: `.secret-hygiene-baseline.json` at the root); `false`: `--no-baseline`. */
  baseline?: string | false;
  /** Files larger than this are skipped and listed (`--max-file-size`): bytes, or a size such as `'10MiB'`. */
  maxFileSize?: number | string;
  /** Ask IBM Cloud IAM whether each API key found is live (`--verify`): this sends the keys to IAM. Off by default. */
  verify?: boolean | VerifySettings;
  /** Called with each `--debug` line: why a candidate was dropped, never the secret. */
  debug?: (line: string) => void;
}

/** `--iam-url`, `--verify-timeout` and `--verify-max-keys`. */
export interface VerifySettings {
  iamUrl?: string;
  timeoutSeconds?: number;
  maxKeys?: number;
}

/** The flags the options stand for, read by the CLI's own option parser: the same checks, the same errors. */
function flags(options: ScanOptions): ParsedValues {
  const values: ParsedValues = {};
  if (options.config !== undefined) values.config = options.config;
  if (options.baseline === false) values['no-baseline'] = true;
  else if (options.baseline !== undefined) values.baseline = options.baseline;
  if (options.maxFileSize !== undefined) values['max-file-size'] = String(options.maxFileSize);
  if (options.verify) {
    values.verify = true;
    const { iamUrl, timeoutSeconds, maxKeys } = options.verify === true ? {} : options.verify;
    if (iamUrl !== undefined) values['iam-url'] = iamUrl;
    if (timeoutSeconds !== undefined) values['verify-timeout'] = String(timeoutSeconds);
    if (maxKeys !== undefined) values['verify-max-keys'] = String(maxKeys);
  }
  return values;
}

async function context(options: ScanOptions, target?: RunTarget): Promise<RunContext> {
  const ignored = (): void => undefined;
  const loaded = await loadContext(commonOptions(flags(options), false), options.cwd ?? process.cwd(), ignored, target);
  if (options.debug) loaded.debug = options.debug;
  return loaded;
}

/**
 * Scans one text, as `scan -` does: `path` (default `(stdin)`) names it in the findings, and rules that look at
 * the file name (`apikey.json`) and the config's `ignore` globs see it. Bytes are decoded as a file's are.
 */
export async function scanText(text: string | Uint8Array, options: ScanOptions & { path?: string } = {}): Promise<ScanResult> {
  const input = (async function* () {
    yield text;
  })();
  return scanStdin(input, options.path, await context(options));
}

/** Scans files and directories (default: the current directory), as `scan [PATH...]` does. */
export async function scanFiles(paths: readonly string[] = [], options: ScanOptions = {}): Promise<ScanResult> {
  return filesCommand([...paths], await context(options));
}

/** Scans what the next commit will contain (the git index), judged on the lines it adds, as `scan --staged` does. */
export async function scanStaged(options: ScanOptions = {}): Promise<ScanResult> {
  return stagedCommand(await context(options));
}

/**
 * Scans git history, as `history [RANGE]` does: every commit of every ref by default, or a range such as
 * `origin/main..HEAD` (or `['^origin/main', 'HEAD']`), whose config and baseline are read from its base.
 */
export async function scanHistory(range: string | readonly string[] = [], options: ScanOptions = {}): Promise<ScanResult> {
  const revs = typeof range === 'string' ? [range] : [...range];
  return historyCommand(revs, await context(options, { revs }), undefined);
}

/** A result as the CLI prints it in `format`; `mode` (default `files`) says what the text summary counts. */
export async function formatReport(result: ScanResult, format: Format, options: Partial<ReportContext> = {}): Promise<string> {
  return (await loadReporter(format))(result, { color: false, mode: 'files', ...options });
}
