import { describe, expect, it } from 'vitest';
import type { Format, ReportContext } from '../../src/reporters/index.js';
import { REPORTERS } from './all-reporters.js';
import type { ScanResult } from '../../src/types.js';
import { cleanResult, filesResult, historyResult, incompleteResult } from './sample-results.js';

// Golden files: fixtures/golden/<case>.<format>. Update them after an intended change with
//   npx vitest run -u
// and review the diff like any other change.

const CASES: Array<[string, () => ScanResult, ReportContext['mode']]> = [
  ['files', filesResult, 'files'],
  ['history', historyResult, 'history'],
  ['incomplete', incompleteResult, 'files'],
  ['clean', cleanResult, 'files'],
];
const EXTENSION: Record<Format, string> = { text: 'txt', json: 'json', sarif: 'sarif', github: 'github.txt', gitlab: 'gitlab.json' };
// gitlab's report carries the scan's start and end times: fixed here.
const NOW = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe.each(CASES)('%s', (name, result, mode) => {
  it.each(Object.keys(REPORTERS) as Format[])('%s matches its golden file', async (format) => {
    const output = REPORTERS[format](result(), { color: false, mode, now: NOW });
    await expect(output).toMatchFileSnapshot(`../../fixtures/golden/${name}.${EXTENSION[format]}`);
  });
});

describe('text', () => {
  it('colours findings and the summary when asked to', async () => {
    const output = REPORTERS.text(filesResult(), { color: true, mode: 'files' });
    expect(output).toContain('\u001b[31m');
    await expect(output).toMatchFileSnapshot('../../fixtures/golden/files.color.txt');
  });

  it('prints only the findings with --quiet, and nothing when there are none', () => {
    const output = REPORTERS.text(filesResult(), { color: false, mode: 'files', quiet: true });
    expect(output).not.toContain('scanned');
    expect(output.split('\n').filter((l) => /^ {2}\d+:\d+ {2}/.test(l))).toHaveLength(5);
    expect(REPORTERS.text(cleanResult(), { color: false, mode: 'files', quiet: true })).toBe('');
  });

  it('says which findings do not fail the gate: warnings apart from keys verified invalid', () => {
    const result = filesResult();
    const [first] = result.findings;
    if (!first) throw new Error('sample without findings');
    result.findings = [{ ...first, severity: 'warning' }];
    expect(REPORTERS.text(result, { color: false, mode: 'files' })).toMatch(/✖ 1 finding in 1 file \(1 warning\) \(scanned/);
  });

  it('never says "no secrets found" first when a path could not be scanned', () => {
    const first = REPORTERS.text(incompleteResult(), { color: false, mode: 'files' }).split('\n')[0];
    expect(first).toMatch(/^✖ incomplete scan: 1 path could not be scanned/);
  });
});
