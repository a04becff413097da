import { readJson } from '../config.js';
import { ScanError } from '../errors.js';
import type { Finding } from '../types.js';

/** One accepted finding: no line, no time, no secret, so the file does not churn when code moves. */
export interface BaselineEntry {
  ruleId: string;
  fingerprint: string;
  path: string;
}

export const BASELINE_FILE = '.secret-hygiene-baseline.json';

const key = (e: BaselineEntry): string => `${e.ruleId}\0${e.fingerprint}\0${e.path}`;

export function baselineEntries(findings: readonly Finding[]): BaselineEntry[] {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const entry = { ruleId: f.ruleId, fingerprint: f.fingerprint, path: f.path };
    unique.set(key(entry), entry);
  }
  return [...unique.values()].sort((a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}

/** The file's text: sorted, one entry a line, a trailing newline; the same findings give the same bytes. */
export function formatBaseline(findings: readonly Finding[]): string {
  const lines = baselineEntries(findings).map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": 1,\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

/** Splits findings into those the baseline does not hold and a count of those it does. */
export function applyBaseline<T extends Finding>(findings: readonly T[], entries: readonly BaselineEntry[]): { kept: T[]; baselined: number } {
  const known = new Set(entries.map(key));
  const kept = findings.filter((f) => !known.has(key(f)));
  return { kept, baselined: findings.length - kept.length };
}

/** Reads a baseline file's text; accepts the `{version, findings}` object and a bare array. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  const raw = readJson(text, file);
  const list = Array.isArray(raw) ? raw : (raw as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(list)) throw new ScanError('bad-config', `${file}: "findings" must be an array of { ruleId, fingerprint, path }`);
  return list.map((e: unknown, i) => {
    const entry = e as Partial<BaselineEntry> | null;
    if (!entry || typeof entry.ruleId !== 'string' || typeof entry.fingerprint !== 'string' || typeof entry.path !== 'string') {
      throw new ScanError('bad-config', `${file}: "findings[${i}]" must be an object with string ruleId, fingerprint and path`);
    }
    return { ruleId: entry.ruleId, fingerprint: entry.fingerprint, path: entry.path };
  });
}
