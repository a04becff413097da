import { escapeStrings } from '../printable.js';
import type { Finding } from '../types.js';
import type { Reporter } from './reporter.js';
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

/** A path that could not be read is an error annotation too: the gate must not look green for it. */
const unread = (e: { path: string; message: string }): string =>
  `::error file=${escapeProperty(e.path)},title=${escapeProperty('secret-hygiene: not scanned')}::${escapeData(`cannot scan ${e.path}: ${e.message}`)}`;

export const githubReporter: Reporter = (scan) => {
  const result = escapeStrings(scan);
  return [...result.findings.map(line), ...result.stats.errors.map(unread)].map((l) => `${l}\n`).join('');
};
