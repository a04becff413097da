import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { closest } from '../../src/cli/suggest.js';
import { BIN } from './scan-cli.js';

// Per-command help, "did you mean", and `scan -` (standard input), through the built CLI.
const gen = createGen(8086);
const dir = mkdtempSync(path.join(tmpdir(), 'sh-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1' };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('<command> --help', () => {
  it.each([
    ['scan', ['--staged', '--stdin-path', '--format', 'scan -']],
    ['history', ['RANGE', 'origin/main..HEAD', '--format']],
    ['baseline', ['--history', '.secret-hygiene-baseline.json', '--config FILE']],
    ['init', ['.husky/pre-commit', 'core.hooksPath', '--check', '.secret-hygiene.json']],
  ])('%s --help describes that command, with examples', (command, words) => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage:\\n  secret-hygiene ${command}`));
      expect(r.stdout).toContain('\nExamples:\n');
      for (const word of words) expect(r.stdout).toContain(word);
    }
  });

  it('baseline --help lists no flag that says how to report, since it writes no report', () => {
    const help = run(['baseline', '--help']).stdout;
    for (const flag of ['--format', '--output', '--verify', '--no-baseline']) expect(help).not.toContain(flag);
  });

  it('the global help still lists every command and points at the per-command help', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['scan [PATH...]', 'scan --staged', 'scan -', 'history [RANGE]', 'baseline [PATH...]', 'init']) expect(r.stdout).toContain(`secret-hygiene ${command}`);
    expect(r.stdout).toContain('secret-hygiene <command> --help');
  });
});

describe('did you mean', () => {
  it.each([
    [['scna'], 'unknown command "scna": did you mean "scan"?'],
    [['histroy'], 'unknown command "histroy": did you mean "history"?'],
    [['scan', '--fromat', 'json'], "Unknown option '--fromat': did you mean --format? (see secret-hygiene scan --help)"],
    [['history', '--qiuet'], "Unknown option '--qiuet': did you mean --quiet? (see secret-hygiene history --help)"],
    [['scan', '--stdin-pth', 'x'], "Unknown option '--stdin-pth': did you mean --stdin-path?"],
    [['help', 'histry'], 'unknown command "histry": did you mean "history"?'],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('never echoes a long argument whole: a key pasted in the wrong place', () => {
    const key = gen.ibmKey();
    for (const args of [[key], ['scan', '--format', key], ['scan', `--${key}`], ['scan', '--max-file-size', key], ['scan', '--verify-timeout', key]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\((44|46) characters\)/);
      for (let i = 0; i + 9 <= key.length; i++) expect(r.stderr).not.toContain(key.slice(i, i + 9));
    }
  });

  it('suggests nothing when nothing is close, and escapes what it echoes', () => {
    expect(run(['lint']).stderr).toBe('secret-hygiene: unknown command "lint" (expected one of scan, history, baseline, init; see --help)\n');
    const r = run(['sc\u001b[2Jan']);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\x1b[2Jan');
    expect(run(['scan', '--\u001b]0;x']).stderr).not.toContain('\u001b');
  });

  it('stays linear on a huge argument', () => {
    const started = performance.now();
    expect(closest('x'.repeat(1_000_000), ['scan', 'history'])).toBeUndefined();
    expect(closest(`--${'f'.repeat(100_000)}`, ['--format'])).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('scan -', () => {
  const key = gen.ibmKey();
  const leak = `IBMCLOUD_API_KEY=${key}\n`;

  it('scans standard input, named (stdin) by default, with the usual exit codes', () => {
    const r = run(['scan', '-', '--format', 'json'], leak);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ path: string; line: number; ruleId: string }>; stats: { files: number } };
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['(stdin)', 1, 'ibm-cloud-api-key']]);
    expect(report.stats.files).toBe(1);
    expect(r.stdout).not.toContain(key);
    expect(run(['scan', '-'], 'NAME=demo\n').code).toBe(0);
  });

  it('--stdin-path names it, and path rules see the name (apikey.json)', () => {
    // A key file's name makes the file a finding; the same text under another name is not one.
    const file = `{"apikey": "${gen.base64url(40)}"}\n`;
    const named = run(['scan', '-', '--stdin-path', 'deploy/apikey.json', '--format', 'json'], file);
    const ids = (JSON.parse(named.stdout) as { findings: Array<{ path: string; ruleId: string }> }).findings.map((f) => `${f.path} ${f.ruleId}`);
    expect(ids).toContain('deploy/apikey.json ibm-apikey-file');
    const anonymous = run(['scan', '-', '--format', 'json'], file);
    expect((JSON.parse(anonymous.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).not.toContain('ibm-apikey-file');
  });

  it('honours the config: an ignored name is not scanned, and says so', () => {
    writeFileSync(path.join(dir, '.secret-hygiene.json'), '{ "ignore": ["vendor/**"] }\n');
    try {
      const r = run(['scan', '-', '--stdin-path', 'vendor/lib.env'], leak);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('vendor/lib.env not scanned: it matches an "ignore" glob in the config');
    } finally {
      rmSync(path.join(dir, '.secret-hygiene.json'));
    }
  });

  it('scans a text of any size: one larger than a segment is scanned in segments as it arrives', () => {
    const r = run(['scan', '-', '--max-file-size', '1M', '--format', 'json'], `${'x\n'.repeat(1_500_000)}${leak}`);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: Array<{ line: number }>; stats: { files: number; bytes: number } };
    expect(report.findings.map((f) => f.line)).toEqual([1_500_001]);
    expect(report.stats.files).toBe(1);
  });

  it.each([
    [['scan', '-', 'src'], 'scan - reads standard input alone'],
    [['scan', '-', '--staged'], 'scan - reads standard input alone'],
    [['scan', '--stdin-path', 'a.env'], '--stdin-path goes with scan -'],
    // An empty value comes from an unset variable: '' would name the current directory.
    [['scan', ''], "scan: an empty argument (an unset variable?): name a path or a revision"],
    [['scan', '-', '--stdin-path', ''], '--stdin-path needs a value (got an empty string)'],
    // baseline writes no report: flags that say how to report, or where, would be ignored.
    [['baseline', '--output', 'out.txt'], '--output goes with scan and history: baseline writes the baseline file'],
    [['baseline', '--format', 'json'], '--format goes with scan and history'],
    [['baseline', '--verify'], '--verify goes with scan and history'],
  ])('%j is a usage error', (args, message) => {
    const r = run(args, leak);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
