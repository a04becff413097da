import { RULES } from '../../rules/index.js';
import { docsUrl, PACKAGE, REPOSITORY_URL } from '../meta.js';
import { escapeControl, escapeStrings, safeJson } from '../printable.js';
import { createHash } from 'node:crypto';
import type { Finding, NamedPath, ScanResult, SettingsChange } from '../types.js';
import { SETTINGS_CHANGE_ID, type Reporter } from './reporter.js';
import { skipReason } from './text.js';
import { verificationDetail } from './verification.js';

// SARIF 2.1.0 for GitHub code scanning. Rule metadata comes from the catalog, so it cannot drift. Message
// texts, which GitHub shows to people, are escaped for control characters; URIs are percent-encoded, and
// data fields (properties) are kept whole and JSON-escaped (safeJson).

/** What `encodeURIComponent` leaves as it is, and `/` between segments. */
const URI_PLAIN = /[A-Za-z0-9\-_.!~*'()/]/;

/**
 * Percent-encodes the path's bytes (its exact ones when it is not UTF-8), keeping `/` between segments:
 * spaces and any name at all stay valid URI references that lead to the file.
 */
const uri = (p: NamedPath): string => {
  const bytes = p.pathBytes === undefined ? Buffer.from(p.path, 'utf8') : Buffer.from(p.pathBytes, 'base64');
  let out = '';
  for (const b of bytes) out += URI_PLAIN.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
};

/** `Finding` message text: what it is, the redacted preview and the verification, with control characters escaped. */
function messageText(finding: Finding): string {
  const f = escapeStrings(finding);
  return `${f.message} (${f.redacted})${f.verification ? `; verification: ${f.verification.status}${verificationDetail(f.verification)}` : ''}`;
}

/** A finding; one an inline allow comment let through carries `suppressions` (code scanning shows it as such). */
function result(f: Finding) {
  const properties: Record<string, unknown> = {};
  if (f.commit) Object.assign(properties, { commitSha: f.commit.sha, author: f.commit.author, email: f.commit.email, date: f.commit.date });
  if (f.verification) properties.verification = f.verification;
  if (f.token) properties.token = f.token;
  return {
    ruleId: f.ruleId,
    ruleIndex: RULES.findIndex((r) => r.id === f.ruleId),
    level: f.verification?.status === 'invalid' ? 'warning' : f.severity,
    message: { text: messageText(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { 'secretHygiene/v1': f.fingerprint },
    ...(f.suppression ? { suppressions: [f.suppression] } : {}),
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

/** A catalog rule for code scanning: its help text, and CWE-798. */
function ruleDescriptor(r: (typeof RULES)[number]) {
  return {
    id: r.id,
    name: r.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.message}. Hard-coded credentials: CWE-798.` },
    helpUri: docsUrl(r.id),
    help: {
      text: `${r.message}. Remove it from the code, rotate it, and read it from the environment or a secret store. See ${docsUrl(r.id)}`,
      markdown: `**${r.title}**: ${r.message}.\n\nRemove it from the code, rotate it, and read it from the environment or a secret store. [Rule documentation](${docsUrl(r.id)})`,
    },
    defaultConfiguration: { level: r.severity },
    properties: { tags: ['security', 'secret', 'CWE-798', 'external/cwe/cwe-798'], precision: 'high', 'security-severity': '9.0' },
  };
}

/** The descriptor of a pull request's change to the gate's settings: not a detector, so not in the catalog. */
const SETTINGS_CHANGE_RULE = {
  id: SETTINGS_CHANGE_ID,
  name: 'GateSettingsChanged',
  shortDescription: { text: 'A pull request changes the config or baseline of its own gate' },
  fullDescription: { text: 'The change was not applied: a history range is judged by the config and baseline of its base revision.' },
  helpUri: `${REPOSITORY_URL}/blob/main/docs/security-model.md`,
  help: { text: 'Review the change to the secret-hygiene config or baseline; it takes effect once merged, not in the pull request that makes it.' },
  defaultConfiguration: { level: 'warning' },
  properties: { tags: ['security'] },
};

function settingsChange(w: SettingsChange) {
  return {
    ruleId: SETTINGS_CHANGE_ID,
    ruleIndex: RULES.length,
    level: 'warning',
    message: { text: escapeControl(w.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri({ path: w.path }), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }],
    partialFingerprints: { 'secretHygiene/v1': createHash('sha256').update(`${SETTINGS_CHANGE_ID}:${w.path}`).digest('hex') },
  };
}

const location = (p: NamedPath) => ({ physicalLocation: { artifactLocation: { uri: uri(p), uriBaseId: '%SRCROOT%' } } });

/**
 * Whether the run read everything it was asked to: a path it could not read makes the execution
 * unsuccessful (and the exit code 2); what it skipped on purpose, and the run's notes, are there as notes.
 */
function invocation(scan: ScanResult) {
  const { errors, skipped } = scan.stats;
  return {
    executionSuccessful: errors.length === 0,
    toolExecutionNotifications: [
      ...errors.map((e) => ({ level: 'error', message: { text: escapeControl(`cannot scan ${e.path}: ${e.message}`) }, locations: [location(e)] })),
      ...skipped.files.map((s) => ({ level: 'note', message: { text: escapeControl(`skipped ${s.path}: ${skipReason(s)}`) }, locations: [location(s)] })),
      ...(skipped.binary ? [{ level: 'note', message: { text: `skipped ${skipped.binary} binary file${skipped.binary === 1 ? '' : 's'}` } }] : []),
      ...scan.stats.notes.map((note) => ({ level: 'note', message: { text: escapeControl(note) } })),
    ],
  };
}

export const sarifReporter: Reporter = (scan) => {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secret-hygiene',
            version: PACKAGE.version,
            informationUri: REPOSITORY_URL,
            rules: [
              ...RULES.map(ruleDescriptor),
              SETTINGS_CHANGE_RULE,
            ],
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The scan root (the directory secret-hygiene ran in)' } } },
        invocations: [invocation(scan)],
        results: [...scan.findings.map(result), ...scan.suppressed.map(result), ...(scan.warnings ?? []).map(settingsChange)],
        columnKind: 'utf16CodeUnits',
        ...(scan.stats.verifyRequests ? { properties: { verifyRequests: scan.stats.verifyRequests } } : {}),
      },
    ],
  };
  return `${safeJson(log)}\n`;
};
