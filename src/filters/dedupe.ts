import type { SecretFinding } from '../types.js';

/** Drops repeats of one finding: same rule, secret, path and position (or, with `perPath`, any position). */
export function dedupe<T extends SecretFinding>(findings: readonly T[], perPath = false): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = perPath
      ? `${f.ruleId}\0${f.fingerprint}\0${f.path}`
      : `${f.ruleId}\0${f.fingerprint}\0${f.path}\0${f.commit?.sha ?? ''}\0${f.line}\0${f.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
