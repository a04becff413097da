import pc from 'picocolors';
import { escapeStrings } from '../printable.js';
import type { Finding, ScanResult, SkippedFile } from '../types.js';
import { blockedCommitHelp } from './blocked-commit.js';
import { allowedInline, failsGate, SETTINGS_CHANGE_ID, type ReportContext, type Reporter } from './reporter.js';
import { verificationDetail, verifyRequestsLine } from './verification.js';

type Colors = ReturnType<typeof pc.createColors>;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why a file was not scanned, in words. */
export function skipReason(s: SkippedFile): string {
  switch (s.reason) {
    case 'symlink-outside-root':
      return 'symbolic link to a target outside the scanned tree (not followed)';
    case 'broken-symlink':
      return 'symbolic link to nothing';
    case 'not-a-file':
      return 'not a regular file (FIFO, socket or device)';
    case 'vanished':
      return 'deleted while the scan ran';
    case 'submodule':
      return 'git submodule';
    case 'binary':
      return 'binary';
  }
}

function details(f: Finding, c: Colors, mode: ReportContext['mode']): string[] {
  const out: string[] = [];
  // A blocked commit shows the fingerprint: the baseline and a reviewer's question both name it.
  if (mode === 'staged') out.push(`fingerprint ${f.fingerprint}`);
  if (f.commit) out.push(`commit ${f.commit.sha.slice(0, 12)} by ${f.commit.author} <${f.commit.email}> on ${f.commit.date}`);
  const v = f.verification;
  if (v) {
    const status = v.status === 'invalid' ? c.yellow(v.status) : c.red(c.bold(v.status));
    out.push(`verification: ${status}${verificationDetail(v)}`);
  }
  return out;
}

/** The first line says what was found and, before anything else, whether the scan was complete. */
function headline(result: ScanResult, c: Colors): string {
  const { findings, stats } = result;
  const failing = findings.filter(failsGate).length;
  const files = new Set(findings.map((f) => f.path)).size;
  // What does not fail the gate, and why: a warning (API Connect Basic auth from variables), or a dead key.
  const invalid = findings.filter((f) => f.verification?.status === 'invalid').length;
  const warnings = findings.filter((f) => f.severity === 'warning' && f.verification?.status !== 'invalid').length;
  const notes = [warnings ? plural(warnings, 'warning') : '', invalid ? `${invalid} verified invalid` : ''].filter(Boolean).join(', ');
  const found = findings.length ? `${plural(findings.length, 'finding')} in ${plural(files, 'file')}${notes ? ` (${notes})` : ''}` : 'no secrets found';
  if (stats.errors.length) {
    return c.red(`✖ incomplete scan: ${plural(stats.errors.length, 'path')} could not be scanned; ${found}${findings.length ? '' : ' in the rest'}`);
  }
  if (!findings.length) return c.green(`✔ ${found}`);
  return (failing ? c.red : c.yellow)(`✖ ${found}`);
}

function summary(result: ScanResult, context: ReportContext, c: Colors): string[] {
  const { stats } = result;
  const scanned = [
    context.mode === 'history' ? plural(stats.commits ?? 0, 'commit') : '',
    plural(stats.files, context.mode === 'history' ? 'blob' : 'file'),
    formatBytes(stats.bytes),
    `${(stats.durationMs / 1000).toFixed(2)} s`,
  ].filter(Boolean);
  const lines = [`${headline(result, c)} ${c.dim(`(scanned ${scanned.join(', ')})`)}`];
  for (const e of stats.errors) lines.push(c.red(`  error: ${e.path}: ${e.message}`));
  if (stats.baselined) lines.push(c.dim(`  ${plural(stats.baselined, 'finding')} accepted by the baseline`));
  if (stats.suppressed) lines.push(c.dim(`  ${allowedInline(stats.suppressed)}`));
  if (stats.skipped.binary) lines.push(c.dim(`  skipped ${plural(stats.skipped.binary, 'binary file')}`));
  for (const s of stats.skipped.files) lines.push(c.yellow(`  skipped ${s.path}: ${skipReason(s)}`));
  for (const note of stats.notes) lines.push(c.cyan(`  note: ${note}`));
  if (stats.verifyRequests) lines.push(c.dim(`  ${verifyRequestsLine(stats.verifyRequests)}`));
  return lines;
}

/**
 * Grouped by file: `line:col  rule-id  message  redacted`, then the summary (not with --quiet). Every string
 * of the result is escaped first (paths, messages, claims, authors, reasons): no field reaches the terminal raw.
 */
export const textReporter: Reporter = (scan, context) => {
  const result = escapeStrings(scan);
  const c = pc.createColors(context.color);
  const out: string[] = [];
  let current: string | undefined;
  for (const f of result.findings) {
    if (f.path !== current) {
      if (current !== undefined) out.push('');
      out.push(c.underline(f.path));
      current = f.path;
    }
    const level = failsGate(f) ? c.red(f.ruleId) : c.yellow(f.ruleId);
    out.push(`  ${c.dim(`${f.line}:${f.column}`)}  ${level}  ${f.message}  ${c.dim(f.redacted)}`);
    for (const d of details(f, c, context.mode)) out.push(`      ${c.dim(d)}`);
  }
  // A pull request's change to the gate's settings reads like a finding, in yellow: it does not fail the gate.
  for (const w of result.warnings ?? []) {
    if (out.length) out.push('');
    out.push(c.underline(w.path), `  ${c.yellow(`warning  ${SETTINGS_CHANGE_ID}`)}  ${w.message}`);
  }
  if (!context.quiet) {
    if (out.length) out.push('');
    out.push(...summary(result, context, c));
    const failing = result.findings.filter(failsGate);
    if (context.mode === 'staged' && failing.length) out.push('', ...blockedCommitHelp(failing, c));
  }
  return out.length ? `${out.join('\n')}\n` : '';
};
