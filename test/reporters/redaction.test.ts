import { describe, expect, it } from 'vitest';
import type { Format } from '../../src/reporters/index.js';
import { REPORTERS } from './all-reporters.js';
import type { ScanResult, SecretFinding } from '../../src/types.js';
import { leaks } from './leaks.js';
import { fileFindings, historyFindings, suppressedFindings } from './sample-results.js';

const publicOf = ({ secret: _secret, ...f }: SecretFinding) => f;

describe('no reporter prints a secret', () => {
  const cases: Array<[string, SecretFinding[]]> = [
    ['files', fileFindings()],
    ['history', historyFindings()],
    ['suppressed', suppressedFindings()],
  ];
  it.each(cases.flatMap(([name, findings]) => (Object.keys(REPORTERS) as Format[]).map((format) => [name, format, findings] as const)))(
    '%s as %s',
    (name, format, findings) => {
      const suppressed = name === 'suppressed';
      const result: ScanResult = {
        findings: suppressed ? [] : findings.map(publicOf),
        suppressed: suppressed ? findings.map(publicOf) : [],
        stats: { files: 1, bytes: 1, skipped: { binary: 0, files: [] }, errors: [], notes: [], baselined: 0, suppressed: suppressed ? findings.length : 0, detectorErrors: 0, durationMs: 1 },
      };
      const output = REPORTERS[format](result, { color: format === 'text', mode: 'files' });
      for (const f of findings) expect(leaks(output, f.secret), `${f.ruleId} leaked in ${format}`).toBeUndefined();
      // Each finding is there, by its redacted form (the reporters' only view of the secret); text and github count suppressed ones.
      const listed = !suppressed || format === 'json' || format === 'sarif';
      for (const f of findings) if (listed) expect(output).toContain(format === 'github' ? f.redacted.replace(/%/g, '%25') : f.redacted);
    },
  );
});
