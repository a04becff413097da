import { docsUrl } from '../meta.js';
import { escapeControl, escapeStrings } from '../printable.js';
import type { Finding, ScanResult } from '../types.js';
import { allowedInline, failsGate, SETTINGS_CHANGE_ID, type ReportContext } from './reporter.js';
import { formatBytes } from './text.js';

// The Markdown job summary that `--format github` appends to $GITHUB_STEP_SUMMARY: every finding, where the
// annotations show only the first ten of each kind. GitHub caps a step's summary at 1 MiB: the table does too.

/** GitHub shows at most this many annotations of one type (error, warning, notice) per step. */
export const ANNOTATIONS_SHOWN = 10;

const MAX_ROWS = 1000;

/** Text from a scan (paths, commit authors) as Markdown that renders as the same text: no markup, no HTML, one line. */
export const markdownText = (s: string): string =>
  escapeControl(s)
    .replace(/[\\`*_{}[\]()|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function row(f: Finding): string {
  const where = `${markdownText(f.path)}:${f.line}`;
  const commit = f.commit ? ` | ${f.commit.sha.slice(0, 12)} ${markdownText(f.commit.author)}` : '';
  // A code span shows its text as it is, but a `|` in it still ends the table's cell (GitHub's tables).
  return `| ${where} | [${f.ruleId}](${docsUrl(f.ruleId)}) | ${markdownText(f.message)} | \`${f.redacted.replace(/`/g, "'").replace(/\|/g, '\\|')}\`${commit} |`;
}

export function githubSummary(scan: ScanResult, context: Pick<ReportContext, 'mode'>): string {
  const result = escapeStrings(scan);
  const { findings, stats } = result;
  const history = context.mode === 'history';
  const failing = findings.filter(failsGate).length;
  const scanned = [history ? plural(stats.commits ?? 0, 'commit') : '', plural(stats.files, history ? 'blob' : 'file'), formatBytes(stats.bytes)].filter(Boolean).join(', ');
  const out = ['## secret-hygiene', ''];
  if (stats.errors.length) out.push(`✖ **Incomplete scan**: ${plural(stats.errors.length, 'path')} could not be scanned.`, '');
  out.push(findings.length ? `✖ **${plural(findings.length, 'finding')}** (${failing} failing the gate); scanned ${scanned}.` : `✔ No secrets found; scanned ${scanned}.`);
  if (stats.baselined) out.push('', `${plural(stats.baselined, 'finding')} accepted by the baseline.`);
  if (stats.suppressed) out.push('', `${allowedInline(stats.suppressed)}.`);
  for (const w of result.warnings ?? []) out.push('', `⚠ ${SETTINGS_CHANGE_ID}: ${markdownText(w.message)}`);
  if (findings.length) {
    out.push('', `| where | rule | finding | preview${history ? ' | commit' : ''} |`, `| --- | --- | --- | ---${history ? ' | ---' : ''} |`);
    out.push(...findings.slice(0, MAX_ROWS).map(row));
    if (findings.length > MAX_ROWS) out.push('', `${findings.length - MAX_ROWS} more findings are not listed here: see the SARIF report (code scanning).`);
  }
  for (const e of stats.errors) out.push('', `- cannot scan ${markdownText(e.path)}: ${markdownText(e.message)}`);
  return `${out.join('\n')}\n`;
}
