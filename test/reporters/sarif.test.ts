import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import type { ScanResult } from '../../src/types.js';
import { cleanResult, filesResult, historyResult, incompleteResult } from './sample-results.js';
import { sarifErrors } from './sarif-schema.js';

interface SarifRun {
  tool: { driver: { name: string; rules: Array<{ id: string; properties: { tags: string[] }; help: { text: string } }> } };
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string }> }>;
  results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; partialFingerprints: Record<string, string>; properties?: Record<string, unknown>; suppressions?: unknown; message: { text: string } }>;
}

const run = (result: ScanResult): SarifRun => (JSON.parse(sarifReporter(result, { color: false, mode: 'files' })) as { runs: SarifRun[] }).runs[0] as SarifRun;

describe('sarif', () => {
  it.each([
    ['files', filesResult],
    ['history', historyResult],
    ['incomplete', incompleteResult],
    ['clean', cleanResult],
  ] as const)('%s validates against the official SARIF 2.1.0 schema', (_name, result) => {
    expect(sarifErrors(JSON.parse(sarifReporter(result(), { color: false, mode: 'files' })))).toBe('');
  });

  it('the schema check is real: it rejects a broken log', () => {
    const log = JSON.parse(sarifReporter(filesResult(), { color: false, mode: 'files' })) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const first = log.runs[0]?.results[0];
    if (first) first.level = 'fatal';
    expect(sarifErrors(log)).toMatch(/level/);
  });

  it('describes every rule of the catalog with CWE-798, and each result with its location and fingerprint', () => {
    const sarif = run(filesResult());
    expect(sarif.tool.driver.name).toBe('secret-hygiene');
    expect(sarif.tool.driver.rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), 'gate-settings-changed']);
    for (const rule of sarif.tool.driver.rules.slice(0, RULES.length)) expect(rule.properties.tags).toContain('CWE-798');
    const bearer = sarif.results.find((r) => r.ruleId === 'bearer-token');
    expect(bearer?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('docs/na%C3%AFve%20caf%C3%A9.md');
    expect(bearer?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 12, startColumn: 26 });
    expect(Object.values(bearer?.partialFingerprints ?? {})[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries commit and verification for history, and a warning level for a verified-invalid key', () => {
    const sarif = run(historyResult());
    expect(sarif.results[0]?.properties).toMatchObject({ commitSha: '3f2a9c1e0b7d4a6f8e5c2b1a0d9f8e7c6b5a4f3e', author: 'Jane Doe', verification: { status: 'live' } });
    expect(sarif.results.map((r) => r.level)).toEqual(['error', 'warning', 'error', 'error', 'warning']);
  });

  it('shows an inline-allowed finding as suppressed in source, and a change to the settings as a warning', () => {
    const { results } = run(historyResult());
    expect(results.filter((r) => r.suppressions).map((r) => r.suppressions)).toEqual([[{ kind: 'inSource', justification: 'revoked sample key' }]]);
    expect(results.at(-1)).toMatchObject({ ruleId: 'gate-settings-changed', message: { text: expect.stringMatching(/not applied/) } });
  });

  it('marks a run that could not read everything as unsuccessful', () => {
    expect(run(incompleteResult()).invocations[0]?.executionSuccessful).toBe(false);
    expect(run(incompleteResult()).invocations[0]?.toolExecutionNotifications.map((n) => n.level)).toEqual(['error']);
    expect(run(filesResult()).invocations[0]?.executionSuccessful).toBe(true);
  });
});
