import { RULE_IDS, type RuleId } from '../rules/index.js';
import { ScanError } from './errors.js';
import { linearRegex, syntaxProblem, type LinearPattern } from './patterns/linear-regex.js';
import { unsupportedGlob } from './sources/config-globs.js';
import { JsonError, parseStrictJson } from './strict-json.js';

/** `.secret-hygiene.json`, validated: the shape every part of the pipeline may rely on. */
export interface Config {
  /** Globs of paths never scanned, with the meaning of a .gitignore line at the root (sources/config-globs.ts). */
  ignore: string[];
  /** Rules turned off. */
  off: Set<RuleId>;
  /** Regexes (RE2 syntax, linear-time): a finding whose secret or line matches one is allowed. */
  allow: LinearPattern[];
  maxFileSize?: number;
}

/** The config as plain data, for a worker thread: compiled patterns hold functions, which cannot cross. */
export type ConfigData = Omit<Config, 'allow'> & { allow: string[] };

export const configData = (config: Config): ConfigData => ({ ...config, allow: config.allow.map((p) => p.source) });

/** The config back from its data; the patterns compiled when the file was read, so they compile again. */
export const configFromData = (data: ConfigData): Config => ({ ...data, allow: data.allow.map((source) => linearRegex(source)) });

export const CONFIG_FILE = '.secret-hygiene.json';

export const EMPTY_CONFIG: Config = { ignore: [], off: new Set(), allow: [] };

/**
 * A value from the file, for an error message: short JSON as it is; anything longer by its kind and size
 * only, since a long string in the wrong field may well be a key pasted in the wrong place.
 */
export function quote(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= 26) return json;
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  return value !== null && typeof value === 'object' ? `an object of ${Object.keys(value).length} fields` : `a ${typeof value}`;
}

function fail(file: string, field: string, expected: string, got?: unknown): never {
  const found = got === undefined ? '' : ` (got ${quote(got)})`;
  throw new ScanError('bad-config', `${file}: "${field}" must be ${expected}${found}`);
}

const SIZE = /^(\d+)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i;

/** `10485760`, `512k`, `10MiB` in bytes; `undefined` for anything else or for zero. */
export function sizeInBytes(text: string): number | undefined {
  const m = SIZE.exec(text.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const n = Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1);
  return n > 0 ? n : undefined;
}

function stringArray(value: unknown, file: string, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, field, 'an array of strings', value);
  return value as string[];
}

/**
 * The JSON value of a config or baseline file: a UTF-8 BOM is accepted, a repeated key is an error, and an
 * error gives the line and column, never a quote of the file.
 */
export function readJson(text: string, file: string): unknown {
  try {
    return parseStrictJson(text);
  } catch (error) {
    if (error instanceof JsonError) throw new ScanError('bad-config', `${file}: not valid JSON: ${error.message}`);
    throw error;
  }
}

/** Parses and validates a config file's text; every error names the file, the field and what was expected. */
export function parseConfig(text: string, file: string): Config {
  const raw = readJson(text, file);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, '(root)', 'a JSON object');
  const obj = raw as Record<string, unknown>;
  const known = ['$schema', 'ignore', 'rules', 'allow', 'maxFileSize'];
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new ScanError('bad-config', `${file}: unknown field ${quote(key)} (known fields: ${known.join(', ')})`);
  }
  const off = new Set<RuleId>();
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      fail(file, 'rules', 'an object of rule id to "off" or "on"', obj.rules);
    }
    for (const [id, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        throw new ScanError('bad-config', `${file}: "rules" has an unknown rule id ${quote(id)} (known: ${RULE_IDS.join(', ')})`);
      }
      if (setting !== 'off' && setting !== 'on') fail(file, `rules.${id}`, '"off" or "on"', setting);
      if (setting === 'off') off.add(id as RuleId);
    }
  }
  const allow = stringArray(obj.allow, file, 'allow').map((source, i) => {
    try {
      return linearRegex(source);
    } catch (error) {
      return fail(file, `allow[${i}]`, `a valid regular expression in RE2 syntax (JavaScript's, without backreferences or lookaround): ${syntaxProblem(error)}`);
    }
  });
  const ignore = stringArray(obj.ignore, file, 'ignore');
  ignore.forEach((glob, i) => {
    const expected = unsupportedGlob(glob);
    if (expected) fail(file, `ignore[${i}]`, expected, glob);
  });
  const config: Config = { ignore, off, allow };
  if (obj.maxFileSize !== undefined) {
    const size =
      typeof obj.maxFileSize === 'number' ? (Number.isInteger(obj.maxFileSize) && obj.maxFileSize > 0 ? obj.maxFileSize : undefined)
      : typeof obj.maxFileSize === 'string' ? sizeInBytes(obj.maxFileSize)
      : undefined;
    if (size === undefined) fail(file, 'maxFileSize', 'a positive number of bytes or a size such as "10MiB" or "512k"', obj.maxFileSize);
    config.maxFileSize = size;
  }
  return config;
}
