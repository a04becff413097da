import { describe, expect, it } from 'vitest';
import { REPORTERS, type Format } from '../../src/reporters/index.js';
import type { ScanResult, SecretFinding } from '../../src/types.js';
import { leaks } from './leaks.js';
import { fileFindings, historyFindings } from './sample-results.js';

const publicOf = ({ secret: _secret, ...f }: SecretFinding) => f;

describe('no reporter prints a secret', () => {
  const cases: Array<[string, SecretFinding[]]> = [
    ['files', fileFindings()],
    ['history', historyFindings()],
  ];
  it.each(cases.flatMap(([name, findings]) => (Object.keys(REPORTERS) as Format[]).map((format) => [name, format, findings] as const)))(
    '%s as %s',
    (_name, format, findings) => {
      const result: ScanResult = {
        findings: findings.map(publicOf),
        suppressed: [],
        stats: { files: 1, bytes: 1, skipped: { binary: 0, files: [] }, errors: [], notes: [], baselined: 0, suppressed: 0, detectorErrors: 0, durationMs: 1 },
      };
      const output = REPORTERS[format](result, { color: format === 'text', mode: 'files' });
      for (const f of findings) expect(leaks(output, f.secret), `${f.ruleId} leaked in ${format}`).toBeUndefined();
      // Each finding is there, by its redacted form (the reporters' only view of the secret).
      for (const f of findings) expect(output).toContain(format === 'github' ? f.redacted.replace(/%/g, '%25') : f.redacted);
    },
  );
});
