import { RULE_IDS, type RuleId } from '../rules/index.js';
import { ScanError } from './errors.js';
import { unsupportedGlob } from './sources/config-globs.js';

/** `.secret-hygiene.json`, validated: the shape every part of the pipeline may rely on. */
export interface Config {
  /** Globs of paths never scanned, with the meaning of a .gitignore line at the root (sources/config-globs.ts). */
  ignore: string[];
  /** Rules turned off. */
  off: Set<RuleId>;
  /** Regexes: a finding whose secret or line matches one is allowed. */
  allow: RegExp[];
  maxFileSize?: number;
}

export const CONFIG_FILE = '.secret-hygiene.json';

export const EMPTY_CONFIG: Config = { ignore: [], off: new Set(), allow: [] };

function fail(file: string, field: string, expected: string, got?: unknown): never {
  const found = got === undefined ? '' : ` (got ${JSON.stringify(got)})`;
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

/** JSON.parse says "at position N": a person editing the file wants the line and column. */
function jsonErrorAt(text: string, message: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/s, '')} at line ${line}, column ${column}`;
}

/** Parses and validates a config file's text; every error names the file, the field and what was expected. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScanError('bad-config', `${file}: not valid JSON: ${jsonErrorAt(text, (error as Error).message)}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, '(root)', 'a JSON object');
  const obj = raw as Record<string, unknown>;
  const known = ['$schema', 'ignore', 'rules', 'allow', 'maxFileSize'];
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) throw new ScanError('bad-config', `${file}: unknown field "${key}" (known fields: ${known.join(', ')})`);
  }
  const off = new Set<RuleId>();
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      fail(file, 'rules', 'an object of rule id to "off" or "on"', obj.rules);
    }
    for (const [id, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        throw new ScanError('bad-config', `${file}: "rules" has an unknown rule id "${id}" (known: ${RULE_IDS.join(', ')})`);
      }
      if (setting !== 'off' && setting !== 'on') fail(file, `rules.${id}`, '"off" or "on"', setting);
      if (setting === 'off') off.add(id as RuleId);
    }
  }
  const allow = stringArray(obj.allow, file, 'allow').map((source, i) => {
    try {
      return new RegExp(source);
    } catch (error) {
      return fail(file, `allow[${i}]`, `a valid regular expression: ${(error as Error).message}`);
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
