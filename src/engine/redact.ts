import { createHash, createHmac } from 'node:crypto';

/** At most the first 4 characters (none below 16) and the length: never enough to use the secret. */
export function redact(secret: string): string {
  const shown = secret.length >= 16 ? secret.slice(0, 4) : '';
  return `${shown}…(${secret.length} chars)`;
}

/**
 * HMAC-SHA-256 over rule id and secret, keyed with the repository's salt (hex, kept in the baseline file):
 * stable across lines, files and runs of one repository, and different in every other, so that a
 * fingerprint cannot be looked up in a table of hashed passwords. Without a salt (no baseline file yet, or a
 * version 1 one), plain SHA-256 as before: docs/security-model.md says what each protects against.
 */
export function fingerprint(ruleId: string, secret: string, salt?: string): string {
  const hash = salt === undefined ? createHash('sha256') : createHmac('sha256', Buffer.from(salt, 'hex'));
  return hash.update(`${ruleId}:${secret}`).digest('hex');
}
