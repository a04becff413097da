import pc from 'picocolors';
import type { Finding, ScanResult } from '../types.js';
import { failsGate, type Reporter } from './reporter.js';
import { verificationDetail, verifyRequestsLine } from './verification.js';

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function details(f: Finding, c: ReturnType<typeof pc.createColors>): string[] {
  const out: string[] = [];
  if (f.commit) out.push(`commit ${f.commit.sha.slice(0, 12)} by ${f.commit.author} <${f.commit.email}> on ${f.commit.date}`);
  const v = f.verification;
  if (v) {
    const status = v.status === 'invalid' ? c.yellow(v.status) : c.red(c.bold(v.status));
    out.push(`verification: ${status}${verificationDetail(v)}`);
  }
  return out;
}

function summary(result: ScanResult, context: Parameters<Reporter>[1], c: ReturnType<typeof pc.createColors>): string[] {
  const { findings, stats } = result;
  const files = new Set(findings.map((f) => f.path)).size;
  const failing = findings.filter(failsGate).length;
  const scanned = [
    context.mode === 'history' ? plural(stats.commits ?? 0, 'commit') : '',
    plural(stats.files, context.mode === 'history' ? 'blob' : 'file'),
    formatBytes(stats.bytes),
    `${(stats.durationMs / 1000).toFixed(2)} s`,
  ].filter(Boolean);
  const head =
    findings.length === 0
      ? c.green(`✔ no secrets found`)
      : (failing ? c.red : c.yellow)(`✖ ${plural(findings.length, 'finding')} in ${plural(files, 'file')}${failing < findings.length ? ` (${findings.length - failing} verified invalid)` : ''}`);
  const lines = [`${head} ${c.dim(`(scanned ${scanned.join(', ')})`)}`];
  if (stats.baselined) lines.push(c.dim(`  ${plural(stats.baselined, 'finding')} accepted by the baseline`));
  if (stats.skipped.binary) lines.push(c.dim(`  skipped ${plural(stats.skipped.binary, 'binary file')}`));
  for (const s of stats.skipped.files) lines.push(c.yellow(`  skipped ${s.path}: ${s.reason}${s.bytes !== undefined ? ` (${formatBytes(s.bytes)})` : ''}`));
  for (const note of stats.notes) lines.push(c.cyan(`  note: ${note}`));
  for (const e of stats.errors) lines.push(c.red(`  error: ${e.path}: ${e.message}`));
  if (stats.verifyRequests) lines.push(c.dim(`  ${verifyRequestsLine(stats.verifyRequests)}`));
  return lines;
}

/** Grouped by file: `line:col  rule-id  message  redacted`, then one summary line. */
export const textReporter: Reporter = (result, context) => {
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
    for (const d of details(f, c)) out.push(`      ${c.dim(d)}`);
  }
  if (out.length) out.push('');
  out.push(...summary(result, context, c));
  return `${out.join('\n')}\n`;
};
