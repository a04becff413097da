import { RULE_IDS, type RuleId } from './types.js';
import { ScanError } from './errors.js';

/** `.secret-hygiene.json`, validated: the shape every part of the pipeline may rely on. */
export interface Config {
  /** Globs (relative to the scan root) of paths never scanned. */
  ignore: string[];
  /** Rules turned off. */
  off: Set<RuleId>;
  /** Regexes: a finding whose secret or line matches one is allowed. */
  allow: RegExp[];
  maxFileSize?: number;
}

export const CONFIG_FILE = '.secret-hygiene.json';

export const EMPTY_CONFIG: Config = { ignore: [], off: new Set(), allow: [] };

function fail(file: string, field: string, expected: string): never {
  throw new ScanError('bad-config', `${file}: "${field}" must be ${expected}`);
}

function stringArray(value: unknown, file: string, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(file, field, 'an array of strings');
  return value as string[];
}

/** Parses and validates a config file's text; every error names the file, the field and what was expected. */
export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScanError('bad-config', `${file}: not valid JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(file, '(root)', 'a JSON object');
  const obj = raw as Record<string, unknown>;
  const known = new Set(['$schema', 'ignore', 'rules', 'allow', 'maxFileSize']);
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) fail(file, key, `one of the known fields (${[...known].join(', ')})`);
  }
  const off = new Set<RuleId>();
  if (obj.rules !== undefined) {
    if (obj.rules === null || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) {
      fail(file, 'rules', 'an object of rule id to "off" or "on"');
    }
    for (const [id, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) fail(file, `rules.${id}`, `a rule id (${RULE_IDS.join(', ')})`);
      if (setting !== 'off' && setting !== 'on') fail(file, `rules.${id}`, '"off" or "on"');
      if (setting === 'off') off.add(id as RuleId);
    }
  }
  const allow = stringArray(obj.allow, file, 'allow').map((source, i) => {
    try {
      return new RegExp(source);
    } catch (error) {
      return fail(file, `allow[${i}]`, `a valid regular expression (${(error as Error).message})`);
    }
  });
  const config: Config = { ignore: stringArray(obj.ignore, file, 'ignore'), off, allow };
  if (obj.maxFileSize !== undefined) {
    if (typeof obj.maxFileSize !== 'number' || !Number.isInteger(obj.maxFileSize) || obj.maxFileSize <= 0) {
      fail(file, 'maxFileSize', 'a positive whole number of bytes');
    }
    config.maxFileSize = obj.maxFileSize;
  }
  return config;
}
