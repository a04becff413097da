import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { GITLAB_SCHEMA_VERSION } from '../../src/reporters/gitlab.js';
import { REPORTERS } from './all-reporters.js';
import type { ScanResult } from '../../src/types.js';
import { cleanResult, filesResult, historyResult, incompleteResult } from './sample-results.js';

// --format gitlab against GitLab's published secret-detection schema (fixtures/gitlab/README.md says where it
// comes from, and why it is model 14), plus what model 15, which the report declares, made required.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/gitlab/secret-detection-report-format.json', import.meta.url), 'utf8')) as object;
// GitLab's patterns escape `:` (`\:`), which is valid only without the `u` flag that ajv uses by default.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
formats.default(ajv);
const validate = ajv.compile(schema);

interface Report {
  version: string;
  scan: { analyzer: { id: string; version: string }; scanner: object; type: string; status: string; start_time: string; end_time: string; messages: Array<{ level: string }> };
  vulnerabilities: Array<{ id: string; severity: string; identifiers: Array<{ value: string }>; location: { file: string; start_line: number; commit: { sha: string; author?: string } } }>;
}

const report = (result: ScanResult): Report => JSON.parse(REPORTERS.gitlab(result, { color: false, mode: 'files', now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) })) as Report;

describe('--format gitlab', () => {
  it.each([
    ['files', filesResult],
    ['history', historyResult],
    ['incomplete', incompleteResult],
    ['clean', cleanResult],
  ])('%s: valid against GitLab’s schema, with what model 15 requires', (_name, result) => {
    const r = report(result());
    expect(validate(r), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
    expect(r.version).toBe(GITLAB_SCHEMA_VERSION);
    expect(r.version).toMatch(/^15\.\d+\.\d+$/);
    expect(r.scan.analyzer).toMatchObject({ id: 'secret-hygiene', vendor: { name: 'secret-hygiene' } });
    expect(r.scan.type).toBe('secret_detection');
    const ids = r.vulnerabilities.map((v) => v.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places findings, credits history findings to their commits, and says when the scan was incomplete', () => {
    const files = report(filesResult());
    expect(files.vulnerabilities[0]).toMatchObject({ severity: 'Critical', identifiers: [{ value: 'ibm-cloud-api-key' }, { value: '798' }], location: { file: '.env', start_line: 3, commit: { sha: '0000000' } } });
    expect(files.scan).toMatchObject({ start_time: '2026-01-02T03:04:03', end_time: '2026-01-02T03:04:05', status: 'success' });
    const history = report(historyResult()).vulnerabilities[0];
    expect(history?.location.commit.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(history?.location.commit.author).toContain('<');
    const incomplete = report(incompleteResult());
    expect(incomplete.scan.status).toBe('failure');
    expect(incomplete.scan.messages.map((m) => m.level)).toContain('fatal');
  });

  it('is rejected by the schema when a required field is missing (the check can fail)', () => {
    const r = report(filesResult()) as unknown as { vulnerabilities: Array<Record<string, unknown>> };
    delete r.vulnerabilities[0]?.identifiers;
    expect(validate(r)).toBe(false);
  });
});
