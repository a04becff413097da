import { describe, expect, it } from 'vitest';
import { githubSummary } from '../../src/reporters/github-summary.js';
import { redact } from '../../src/engine/redact.js';
import type { ScanResult } from '../../src/types.js';

describe('the job summary', () => {
  it('keeps a row whole when the preview of a secret holds a | (a password may)', () => {
    const finding = { ruleId: 'api-connect-basic-auth', message: 'Basic auth', severity: 'error', path: 'a.sh', line: 1, column: 1, endLine: 1, endColumn: 20, redacted: redact('p|s`word-0123456789'), fingerprint: 'f' } as const;
    const result: ScanResult = { findings: [finding], suppressed: [], stats: { files: 1, bytes: 1, skipped: { binary: 0, files: [] }, errors: [], notes: [], baselined: 0, suppressed: 0, detectorErrors: 0, durationMs: 1 } };
    const row = githubSummary(result, { mode: 'files' }).split('\n').find((l) => l.startsWith('| a.sh:1 '));
    // Four cells: the pipes that separate them are the only ones not escaped.
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
    expect(row).toContain("`p\\|s'");
  });
});
