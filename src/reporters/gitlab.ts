import { createHash } from 'node:crypto';
import { RULES } from '../../rules/index.js';
import { docsUrl, PACKAGE, REPOSITORY_URL } from '../meta.js';
import { escapeStrings, safeJson } from '../printable.js';
import type { Finding, ScanResult } from '../types.js';
import { allowedInline, failsGate, SETTINGS_CHANGE_ID, type Reporter } from './reporter.js';
import { skipReason } from './text.js';

// GitLab's secret-detection report (gl-secret-detection-report.json), so that findings appear in the merge
// request's security widget and the vulnerability report. Schema model 15 (the one GitLab ingests today):
// `scan.analyzer` and `vulnerabilities[].id` are required. The model-14 fields `category`, `cve` and
// `scanner` are kept too: the schemas allow extra fields, and the report then validates under both.
// https://docs.gitlab.com/development/integrations/secure/#report
export const GITLAB_SCHEMA_VERSION = '15.2.1';
const SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;

const TOOL = { id: 'secret-hygiene', name: 'secret-hygiene', version: PACKAGE.version, url: REPOSITORY_URL, vendor: { name: 'secret-hygiene' } };

/** A finding without a commit (files, the index) is not yet in history: GitLab's own analyzer says so with zeros. */
const NO_COMMIT = '0000000';

/** `yyyy-mm-ddThh:mm:ss`, UTC, the only time format the schema takes. */
const time = (ms: number): string => new Date(ms).toISOString().slice(0, 19);

/** A stable UUID-shaped id per occurrence: the same finding at the same place gets the same id on every run. */
function occurrenceId(f: Finding): string {
  const hex = createHash('sha256').update(`${f.fingerprint}\0${f.path}\0${f.line}\0${f.commit?.sha ?? ''}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const severity = (f: Finding): string => (!failsGate(f) ? 'Low' : f.severity === 'warning' ? 'Medium' : 'Critical');

/** A finding; its texts (message, description, author), which GitLab shows to people, with control characters escaped. */
function vulnerability(finding: Finding) {
  const f = { ...escapeStrings(finding), path: finding.path };
  const title = RULES.find((r) => r.id === f.ruleId)?.title ?? f.ruleId;
  const commit = f.commit ? { sha: f.commit.sha, author: `${f.commit.author} <${f.commit.email}>`, date: f.commit.date } : { sha: NO_COMMIT };
  return {
    id: occurrenceId(f),
    category: 'secret_detection',
    name: title,
    message: f.message,
    description: `${f.message}: ${f.redacted}${f.verification ? `; verification: ${f.verification.status}` : ''}. Fingerprint ${f.fingerprint}.`,
    cve: `${f.path}:${f.fingerprint}:${f.ruleId}`,
    severity: severity(f),
    confidence: 'High',
    solution: 'Remove the credential from the code and from history, rotate it, and read it from the environment or a secret store.',
    scanner: { id: TOOL.id, name: TOOL.name },
    identifiers: [
      { type: 'secret_hygiene_rule_id', name: `secret-hygiene ${f.ruleId}`, value: f.ruleId, url: docsUrl(f.ruleId) },
      { type: 'cwe', name: 'CWE-798', value: '798', url: 'https://cwe.mitre.org/data/definitions/798.html' },
    ],
    links: [{ name: `${f.ruleId} rule documentation`, url: docsUrl(f.ruleId) }],
    location: { file: f.path, start_line: f.line, end_line: f.endLine, commit },
  };
}

/**
 * What GitLab shows as the scan's messages: unread paths (the scan failed), a pull request's changes to the
 * config or baseline (not applied), skipped files, the findings allowed inline, and notes.
 */
function messages(scan: ScanResult) {
  // The findings are escaped one by one as vulnerabilities: only the stats and warnings are shown here.
  const result = escapeStrings({ stats: scan.stats, warnings: scan.warnings });
  const { suppressed } = result.stats;
  return [
    ...result.stats.errors.map((e) => ({ level: 'fatal', value: `cannot scan ${e.path}: ${e.message}` })),
    ...(result.warnings ?? []).map((w) => ({ level: 'warn', value: `${SETTINGS_CHANGE_ID}: ${w.message}` })),
    ...result.stats.skipped.files.map((s) => ({ level: 'warn', value: `skipped ${s.path}: ${skipReason(s)}` })),
    ...(suppressed ? [{ level: 'info', value: allowedInline(suppressed) }] : []),
    ...result.stats.notes.map((note) => ({ level: 'info', value: note })),
  ];
}

export const gitlabReporter: Reporter = (result, context) => {
  const end = (context.now ?? new Date()).getTime();
  const report = {
    version: GITLAB_SCHEMA_VERSION,
    schema: SCHEMA_URL,
    scan: {
      analyzer: TOOL,
      scanner: TOOL,
      type: 'secret_detection',
      start_time: time(end - result.stats.durationMs),
      end_time: time(end),
      status: result.stats.errors.length ? 'failure' : 'success',
      messages: messages(result),
    },
    vulnerabilities: result.findings.map(vulnerability),
  };
  return `${safeJson(report)}\n`;
};
