import { createHash } from 'node:crypto';

/** At most the first 4 characters (none below 16) and the length: never enough to use the secret. */
export function redact(secret: string): string {
  const shown = secret.length >= 16 ? secret.slice(0, 4) : '';
  return `${shown}…(${secret.length} chars)`;
}

/** SHA-256 over rule id and secret: stable across lines, files and runs, and reveals nothing. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(`${ruleId}:${secret}`).digest('hex');
}
