import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sizeInBytes } from '../config.js';
import { ScanError } from '../errors.js';
import { FORMATS, type Format } from '../reporters/reporter.js';
import { resolveEndpoint } from '../verify/endpoint.js';
import { closest } from './suggest.js';

/** Options every command takes (SPEC §3). */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  verify: { type: 'boolean' },
  'iam-url': { type: 'string' },
  'verify-timeout': { type: 'string' },
  'verify-max-keys': { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-default-ignores': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

export interface CommonOptions {
  format: Format;
  output?: string;
  config?: string;
  baseline?: string;
  /** `--no-baseline`: apply no entry of the baseline (its salt still keys the fingerprints); every finding is reported. */
  noBaseline: boolean;
  verify: boolean;
  iamUrl?: string;
  /** Under --verify: the IAM token endpoint from --iam-url, SECRET_HYGIENE_IAM_URL or the default, checked before any scan. */
  iamEndpoint?: URL;
  verifyTimeoutMs?: number;
  verifyMaxKeys?: number;
  maxFileSize?: number;
  /** scan: outside a git work tree, leave out node_modules and .git (off with --no-default-ignores). */
  defaultIgnores: boolean;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;
/**
 * An argument as an error shows it: whole when short, else its first characters and its length. A value
 * pasted in the wrong place may be a key (44 characters), which no message may print. (Errors are escaped
 * as they are written: main.ts.)
 */
export function echoed(value: string): string {
  return value.length <= 24 ? `"${value}"` : `"${value.slice(0, 8)}"… (${value.length} characters)`;
}

export type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * `parseArgs` in strict mode: an unknown flag or a missing value is a usage error, exit 2. A mistyped flag
 * gets the nearest known one (`--fromat`: did you mean --format?), and the help to read is the command's.
 */
export function parse(args: string[], options: Options, command?: string): { values: ParsedValues; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Shown escaped, as every error is (main.ts): an argument may hold control characters.
    const said = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    const unknown = /^Unknown option '(--[^=']*)/.exec(said)?.[1];
    const message = said.replace(/'([^']{25,})'/g, (_quoted, argument: string) => echoed(argument));
    const near = unknown && closest(unknown, Object.keys(options).map((name) => `--${name}`));
    throw new ScanError('bad-usage', `${message}${near ? `: did you mean ${near}?` : ''} (see secret-hygiene ${command ? `${command} ` : ''}--help)`);
  }
}

/** `10485760`, `512k`, `10MiB`: a positive byte count. */
export function parseSize(text: string, flag: string): number {
  const size = sizeInBytes(text);
  if (size === undefined) throw new ScanError('bad-usage', `${flag} must be a positive size such as 10MiB, 512k or 1048576 (got ${echoed(text)})`);
  return size;
}

/** The range `--verify-timeout` accepts: a request needs some time, and the whole verify run has 60 s. */
const TIMEOUT_SECONDS = { min: 0.1, max: 60 };
const MAX_VERIFY_KEYS = 10_000;

/** `--verify-timeout 2.5` (or `2.5s`) in whole milliseconds, checked before anything is scanned. */
function verifyTimeoutMs(text: string): number {
  const seconds = /^\d+(\.\d+)?s?$/.test(text) ? Number(text.replace(/s$/, '')) : NaN;
  if (!(seconds >= TIMEOUT_SECONDS.min && seconds <= TIMEOUT_SECONDS.max)) {
    throw new ScanError('bad-usage', `--verify-timeout must be a number of seconds from ${TIMEOUT_SECONDS.min} to ${TIMEOUT_SECONDS.max} (got ${echoed(text)})`);
  }
  return Math.round(seconds * 1000);
}

/** Reads the common options out of parsed values; `isTTY` decides colour when not forced off. */
export function commonOptions(values: ParsedValues, isTTY: boolean): CommonOptions {
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const format = str('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new ScanError('bad-usage', `--format must be one of ${FORMATS.join(', ')} (got ${echoed(format)})`);
  }
  const out: CommonOptions = {
    format: format as Format,
    noBaseline: values['no-baseline'] === true,
    verify: values.verify === true,
    defaultIgnores: values['no-default-ignores'] !== true,
    color: values['no-color'] !== true && !process.env.NO_COLOR && format === 'text' && !str('output') && (process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : isTTY),
    quiet: values.quiet === true,
    debug: values.debug === true,
  };
  for (const [key, flag] of [['output', 'output'], ['config', 'config'], ['baseline', 'baseline'], ['iamUrl', 'iam-url']] as const) {
    const v = str(flag);
    // An empty value is a mistake (an unset variable in a script), not a request for the default.
    if (v === '') throw new ScanError('bad-usage', `--${flag} needs a value (got an empty string)`);
    if (v !== undefined) out[key] = v;
  }
  if (out.noBaseline && out.baseline !== undefined) throw new ScanError('bad-usage', '--no-baseline and --baseline FILE contradict each other: give one');
  const size = str('max-file-size');
  if (size !== undefined) out.maxFileSize = parseSize(size, '--max-file-size');
  const timeout = str('verify-timeout');
  if (timeout !== undefined) out.verifyTimeoutMs = verifyTimeoutMs(timeout);
  const maxKeys = str('verify-max-keys');
  if (maxKeys !== undefined) {
    const n = Number(maxKeys);
    if (!/^\d+$/.test(maxKeys) || n < 1 || n > MAX_VERIFY_KEYS) {
      throw new ScanError('bad-usage', `--verify-max-keys must be a whole number from 1 to ${MAX_VERIFY_KEYS} (got ${echoed(maxKeys)})`);
    }
    out.verifyMaxKeys = n;
  }
  if (out.verify) out.iamEndpoint = resolveEndpoint(out.iamUrl);
  return out;
}
