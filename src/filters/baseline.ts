import { readJson } from '../config.js';
import { ScanError } from '../errors.js';
import { compareText } from '../engine/sorted.js';
import type { Finding } from '../types.js';

/** One accepted finding: no line, no time, no secret, so the file does not churn when code moves. */
export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  path: string;
}

/** Which command wrote an entry: `baseline` (files) or `baseline --history`. One file holds both lists. */
export type BaselineMode = 'files' | 'history';

/**
 * The baseline file. Version 2 holds the repository's fingerprint salt and one list per mode, so that
 * writing one never drops the other's entries. Version 1 (one list, no salt) is still read: its
 * fingerprints are the unkeyed ones a run without salt computes, so it goes on matching.
 */
export interface Baseline {
  version: 1 | 2;
  /** Hex key of the fingerprints (see `fingerprint`); none in version 1. */
  salt?: string;
  files: BaselineEntry[];
  history: BaselineEntry[];
}

export const BASELINE_FILE = '.secret-hygiene-baseline.json';
export const EMPTY_BASELINE: Baseline = { version: 2, files: [], history: [] };
const SALT = /^[0-9a-f]{64}$/;

const key = (e: BaselineEntry): string => `${e.ruleId}\0${e.fingerprint}\0${e.path}`;

/** Entries of these findings (or entries), once each, in the file's order. */
export function baselineEntries(findings: readonly BaselineEntry[]): BaselineEntry[] {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const entry = { ruleId: f.ruleId, fingerprint: f.fingerprint, path: f.path };
    unique.set(key(entry), entry);
  }
  return [...unique.values()].sort((a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
}

const list = (entries: readonly BaselineEntry[]): string =>
  entries.length ? `[\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]` : '[]';

/** The file's text: sorted, one entry a line, a trailing newline; the same baseline gives the same bytes. */
export function formatBaseline(baseline: Baseline): string {
  const salt = baseline.salt === undefined ? '' : `  "salt": ${JSON.stringify(baseline.salt)},\n`;
  return `{\n  "version": 2,\n${salt}  "files": ${list(baselineEntries(baseline.files))},\n  "history": ${list(baselineEntries(baseline.history))}\n}\n`;
}

/** Splits findings into those the baseline does not hold and a count of those it does (either list). */
export function applyBaseline<T extends Finding>(findings: readonly T[], baseline: Baseline): { kept: T[]; baselined: number } {
  const known = new Set([...baseline.files, ...baseline.history].map(key));
  const kept = findings.filter((f) => !known.has(key(f)));
  return { kept, baselined: findings.length - kept.length };
}

function entriesOf(value: unknown, file: string, field: string): BaselineEntry[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ScanError('bad-config', `${file}: "${field}" must be an array of { ruleId, fingerprint, path }`);
  return value.map((e: unknown, i) => {
    const entry = e as Partial<BaselineEntry> | null;
    if (!entry || typeof entry.ruleId !== 'string' || typeof entry.fingerprint !== 'string' || typeof entry.path !== 'string') {
      throw new ScanError('bad-config', `${file}: "${field}[${i}]" must be an object with string ruleId, fingerprint and path`);
    }
    return { ruleId: entry.ruleId, fingerprint: entry.fingerprint, path: entry.path };
  });
}

/** Reads a baseline file's text: version 2, or version 1 (`{ version: 1, findings }` or a bare array). */
export function parseBaseline(text: string, file: string): Baseline {
  const raw = readJson(text, file);
  if (Array.isArray(raw)) return { version: 1, files: entriesOf(raw, file, '(root)'), history: [] };
  if (raw === null || typeof raw !== 'object') throw new ScanError('bad-config', `${file}: must be a JSON object with "version" 2, "salt", "files" and "history"`);
  const obj = raw as Record<string, unknown>;
  if (obj.version === undefined || obj.version === 1) return { version: 1, files: entriesOf(obj.findings, file, 'findings'), history: [] };
  if (obj.version !== 2) throw new ScanError('bad-config', `${file}: "version" must be 1 or 2 (a newer secret-hygiene wrote it?)`);
  if (typeof obj.salt !== 'string' || !SALT.test(obj.salt)) throw new ScanError('bad-config', `${file}: "salt" must be 64 lowercase hex digits`);
  return { version: 2, salt: obj.salt, files: entriesOf(obj.files, file, 'files'), history: entriesOf(obj.history, file, 'history') };
}

/** Whether an entry's path lies under one of `scope` (root-relative paths; '' is the whole root). */
const inScope = (entry: BaselineEntry, scope: readonly string[]): boolean =>
  scope.some((p) => p === '' || entry.path === p || entry.path.startsWith(`${p}/`));

export interface BaselineUpdate {
  baseline: Baseline;
  /** Entries of a version 1 file, replaced by the run's findings: unsalted, they cannot be re-keyed. */
  replacedV1: number;
}

/**
 * The baseline after a `baseline` run of `mode`: that mode's entries within `scope` are replaced by the
 * run's findings (a fixed secret leaves the file), and everything else is kept: the other mode's list, and
 * entries outside the scanned paths or range (`scope` undefined: add, remove nothing). The findings must be
 * fingerprinted with `salt`. A version 1 file's entries are unsalted and cannot be re-keyed without their
 * secrets: the run's findings replace them all (counted, so that the command can say so).
 */
export function updateBaseline(old: Baseline, salt: string, mode: BaselineMode, findings: readonly Finding[], scope: readonly string[] | undefined): BaselineUpdate {
  const upgrading = old.salt !== salt;
  const previous = upgrading ? [] : old[mode];
  const kept = scope === undefined ? previous : previous.filter((e) => !inScope(e, scope));
  const other: BaselineMode = mode === 'files' ? 'history' : 'files';
  const baseline: Baseline = { version: 2, salt, files: [], history: [] };
  baseline[mode] = baselineEntries([...kept, ...findings]);
  baseline[other] = upgrading ? [] : old[other];
  return { baseline, replacedV1: upgrading ? old.files.length + old.history.length : 0 };
}
