import type { SecretFinding } from '../types.js';

/** What makes two findings one: rule, secret, path and, unless `perPath`, commit and position. */
export function dedupeKey(f: SecretFinding, perPath = false): string {
  const base = `${f.ruleId}\0${f.fingerprint}\0${f.path}`;
  return perPath ? base : `${base}\0${f.commit?.sha ?? ''}\0${f.line}\0${f.column}`;
}

/** Drops repeats of one finding: same rule, secret, path and position (or, with `perPath`, any position). */
export function dedupe<T extends SecretFinding>(findings: readonly T[], perPath = false): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = dedupeKey(f, perPath);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
