import { escapeStrings } from '../printable.js';
import type { Finding, ScanResult, SettingsChange } from '../types.js';
import { allowedInline, SETTINGS_CHANGE_ID, type Reporter } from './reporter.js';
import { ANNOTATIONS_SHOWN } from './github-summary.js';
import { skipReason } from './text.js';
import { verificationDetail } from './verification.js';

// GitHub workflow commands: values escape %, CR and LF; properties also escape `:` and `,`. Every string is
// escaped for control characters first (escapeStrings), so a file name cannot end a command and start another.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function line(f: Finding): string {
  const level = f.verification?.status === 'invalid' ? 'warning' : 'error';
  const props = [`file=${escapeProperty(f.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`secret-hygiene ${f.ruleId}`)}`];
  const extra = [f.redacted, f.commit ? `commit ${f.commit.sha.slice(0, 12)}` : '', f.verification ? `verification ${f.verification.status}${verificationDetail(f.verification)}` : '']
    .filter(Boolean)
    .join(', ');
  return `::${level} ${props.join(',')}::${escapeData(`${f.message} [${extra}]`)}`;
}

/** A path that could not be scanned is an error annotation too: the gate must not look green for it. */
const unread = (e: { path: string; message: string }): string =>
  `::error file=${escapeProperty(e.path)},title=${escapeProperty('secret-hygiene: not scanned')}::${escapeData(`cannot scan ${e.path}: ${e.message}`)}`;

/** What was not scanned on purpose, and the run's notes: a green check must not hide them either. */
function notScanned(stats: ScanResult['stats']): string[] {
  const title = escapeProperty('secret-hygiene: not scanned');
  const binary = stats.skipped.binary ? [`::notice title=${title}::${stats.skipped.binary} binary file${stats.skipped.binary === 1 ? '' : 's'} skipped`] : [];
  return [
    ...stats.skipped.files.map((s) => `::warning file=${escapeProperty(s.path)},title=${title}::${escapeData(`skipped ${s.path}: ${skipReason(s)}`)}`),
    ...binary,
    ...stats.notes.map((note) => `::notice title=${escapeProperty('secret-hygiene')}::${escapeData(note)}`),
  ];
}

/** A pull request's change to the config or baseline: a warning on the file, which does not fail the gate. */
const settingsChange = (w: SettingsChange): string =>
  `::warning file=${escapeProperty(w.path)},line=1,title=${escapeProperty(`secret-hygiene ${SETTINGS_CHANGE_ID}`)}::${escapeData(w.message)}`;

/**
 * GitHub shows only the first annotations of each type in a step: when more were written, a notice says how
 * many are not shown, and where every finding is.
 */
function cut(lines: readonly string[]): string[] {
  const hidden = ['error', 'warning'].reduce((n, level) => n + Math.max(0, lines.filter((l) => l.startsWith(`::${level} `)).length - ANNOTATIONS_SHOWN), 0);
  if (!hidden) return [];
  const notice = `${hidden} more ${hidden === 1 ? 'annotation is' : 'annotations are'} not shown (GitHub shows ${ANNOTATIONS_SHOWN} of each type per step): every finding is in the job summary and in the SARIF report`;
  return [`::notice title=${escapeProperty('secret-hygiene: annotations cut')}::${escapeData(notice)}`];
}

export const githubReporter: Reporter = (scan) => {
  const result = escapeStrings(scan);
  const { suppressed } = result.stats;
  const lines = [...result.findings.map(line), ...(result.warnings ?? []).map(settingsChange), ...result.stats.errors.map(unread), ...notScanned(result.stats)];
  const inline = suppressed ? [`::notice title=${escapeProperty('secret-hygiene')}::${escapeData(allowedInline(suppressed))}`] : [];
  return [...lines, ...cut(lines), ...inline].map((l) => `${l}\n`).join('');
};
