import { RULES } from '../../rules/index.js';
import { REPORTERS } from './all-reporters.js';
import type { ScanResult } from '../../src/types.js';

// Words every report holds whatever it found: the rules' names, descriptions and messages.
const EMPTY: ScanResult = { findings: [], suppressed: [], stats: { files: 0, bytes: 0, skipped: { binary: 0, files: [] }, errors: [], notes: [], baselined: 0, suppressed: 0, detectorErrors: 0, durationMs: 0 } };
const VOCABULARY = [REPORTERS.sarif(EMPTY, { color: false, mode: 'files' }), ...RULES.map((r) => r.message)].join('\n');

/**
 * The secret itself, or any 8 characters of it past the 4 that `redacted` may show, unless they are
 * words a report holds anyway: rule names and messages, and the `known` text (file names). A matched
 * `Credentials.basic(` call is a "secret" to the engine, and `ibm-credentials.env` a file name.
 */
export function leaks(output: string, secret: string, known = ''): string | undefined {
  const vocabulary = `${VOCABULARY}\n${known}`;
  if (output.includes(secret)) return secret;
  for (let i = 1; i + 8 <= secret.length; i++) {
    const part = secret.slice(i, i + 8);
    if (output.includes(part) && !vocabulary.includes(part)) return part;
  }
  return undefined;
}
