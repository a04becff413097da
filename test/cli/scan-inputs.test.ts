import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/index.js';
import { sarifErrors } from '../reporters/sarif-schema.js';
import { git, tree } from '../sources/files-tree.js';
import { cli } from './scan-cli.js';

// Bad inputs as a user meets them: odd encodings, odd files and odd names, through the built CLI.

const gen = createGen(2718);
const line = (key: string) => `IBMCLOUD_API_KEY=${key}`;

interface Json {
  findings: Array<{ path: string; line: number; column: number; endColumn: number }>;
  stats: { files: number; skipped: { binary: number; files: Array<{ path: string; reason: string }> }; errors: Array<{ path: string; message: string }>; notes: string[] };
}
async function scanJson(cwd: string, ...args: string[]): Promise<{ code: number; report: Json; stderr: string }> {
  const r = await cli(['scan', '-f', 'json', ...args], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}
/** UTF-32 LE, without a BOM. */
const utf32 = (text: string): Buffer => {
  const points = [...text].map((c) => c.codePointAt(0) as number);
  const bytes = Buffer.alloc(4 * points.length);
  points.forEach((p, i) => bytes.writeUInt32LE(p, 4 * i));
  return bytes;
};
const where = (report: Json) => report.findings.map((f) => `${f.path}:${f.line}:${f.column}`);

describe('encodings', () => {
  it('finds keys at the right line and column in UTF-8 with a BOM, UTF-16 and UTF-32 LE and BE with a BOM, and CRLF files', async () => {
    const text = `first line\n${line(gen.ibmKey())}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = tree({
      'bom.env': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf16le.env': le,
      'utf16be.env': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le.subarray(2)).swap16()]),
      'crlf.env': text.replace(/\n/g, '\r\n'),
      // UTF-32 LE's BOM opens as UTF-16 LE's does.
      'utf32le.env': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text)]),
      'utf32be.env': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(text).swap32()]),
    });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(where(report)).toEqual(['bom.env:2:18', 'crlf.env:2:18', 'utf16be.env:2:18', 'utf16le.env:2:18', 'utf32be.env:2:18', 'utf32le.env:2:18']);
    // The carriage return is not part of the key.
    expect(report.findings.every((f) => f.endColumn === 62)).toBe(true);
  });

  it('counts a CR alone as a line end (old Mac files): an allow comment on the first line is not the whole file', async () => {
    const dir = tree({
      'mac.env': `# a\r# b\r${line(gen.ibmKey())}\r`,
      'allowed.env': `X=1 # secret-hygiene:allow -- a sample\rY=2\rZ=3\r${line(gen.ibmKey())}\r`,
    });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(where(report)).toEqual(['allowed.env:4:18', 'mac.env:3:18']);
  });

  it('reads invalid UTF-8 without crashing, and counts lines right after it', async () => {
    const dir = tree({ 'mixed.env': Buffer.concat([Buffer.from([0xc3, 0x28, 0x0a, 0xff, 0xfe, 0xfd, 0x0a, 0xe2, 0x82, 0x0a]), Buffer.from(`${line(gen.ibmKey())}\n`)]) });
    const { code, report } = await scanJson(dir);
    expect(code).toBe(1);
    expect(where(report)).toEqual(['mixed.env:4:18']);
  });

  it('skips and counts binary files, even with a key inside', async () => {
    const dir = tree({ 'dump.bin': Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(line(gen.ibmKey()))]) });
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(scanned 0 files, 0 B,');
    expect(r.stdout).toContain('skipped 1 binary file');
  });
});

describe('names', () => {
  it('reports files with spaces and non-ASCII names, and SARIF keeps them valid URIs', async () => {
    const dir = tree({ 'my configs/clé secrète.env': `${line(gen.ibmKey())}\n`, '設定/認証 情報.env': `${line(gen.ibmKey())}\n` });
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('my configs/clé secrète.env\n  1:18');
    expect(r.stdout).toContain('設定/認証 情報.env\n  1:18');
    const sarif = await cli(['scan', '-f', 'sarif'], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarifErrors(log)).toBe('');
    expect(log.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual([
      'my%20configs/cl%C3%A9%20secr%C3%A8te.env',
      '%E8%A8%AD%E5%AE%9A/%E8%AA%8D%E8%A8%BC%20%E6%83%85%E5%A0%B1.env',
    ]);
  });
});

describe('files that are not plain files', () => {
  it('never follows a symlink out of the scanned tree, and lists it', async () => {
    const outside = tree({ 'creds.env': `${line(gen.ibmKey())}\n` });
    const dir = tree({ 'a.txt': 'a' });
    symlinkSync(path.join(outside, 'creds.env'), path.join(dir, 'creds.env'));
    symlinkSync(outside, path.join(dir, 'elsewhere'));
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skipped creds.env: symbolic link to a target outside the scanned tree (not followed)');
    expect(r.stdout).toContain('skipped elsewhere: symbolic link to a target outside the scanned tree (not followed)');
  });

  it('lists a FIFO met in a walk instead of waiting on it forever', async () => {
    const dir = tree({ 'a.txt': 'a' });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('skipped pipe: not a regular file (FIFO, socket or device)');
  });

  it('says when a named directory holds nothing to scan', async () => {
    const dir = tree();
    mkdirSync(path.join(dir, 'empty'));
    const r = await cli(['scan', 'empty'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(scanned 0 files, 0 B,');
    expect(r.stdout).toContain('note: nothing to scan in empty: it is empty, or everything in it is ignored');
  });
});

describe('what cannot be read', () => {
  // Tests run as root, for whom chmod 000 blocks nothing: the CLI then runs as nobody, as a user
  // without the permission would. As any other user, the permission bits suffice.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('is exit 2 with what and why, on every format; what could be read is still reported', async () => {
    const dir = tree({ 'locked/inner.env': 'x', 'secret.env': 'x', 'open.env': `${line(gen.ibmKey())}\n` });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'open.env'), 0o644);
    chmodSync(path.join(dir, 'locked'), 0o000);
    chmodSync(path.join(dir, 'secret.env'), 0o000);
    try {
      const env = { HOME: dir };
      const text = await cli(['scan'], { cwd: dir, env, ...asUser });
      expect(text.code).toBe(2);
      expect(text.stdout).toContain('open.env\n  1:18  ibm-cloud-api-key');
      expect(text.stdout).toContain('✖ incomplete scan: 2 paths could not be scanned; 1 finding in 1 file');
      expect(text.stdout).toContain('error: locked: cannot list the directory: permission denied (EACCES)');
      expect(text.stdout).toContain('error: secret.env: cannot read: permission denied (EACCES)');
      for (const format of ['json', 'sarif', 'github']) {
        const r = await cli(['scan', '-f', format], { cwd: dir, env, ...asUser });
        expect(r.code, format).toBe(2);
        expect(r.stderr, format).toBe(
          'secret-hygiene: incomplete scan: 2 paths could not be scanned\n  locked: cannot list the directory: permission denied (EACCES)\n  secret.env: cannot read: permission denied (EACCES)\n',
        );
      }
    } finally {
      chmodSync(path.join(dir, 'locked'), 0o755);
      chmodSync(path.join(dir, 'secret.env'), 0o644);
    }
  });

  it('a named path that cannot be looked at stops the run before any output', async () => {
    const dir = tree({ 'sub/a.env': 'x' });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'sub'), 0o000);
    try {
      const r = await cli(['scan', 'sub/a.env'], { cwd: dir, env: { HOME: dir }, ...asUser });
      expect(r).toEqual({ code: 2, stdout: '', stderr: 'secret-hygiene: cannot scan sub/a.env: permission denied (EACCES)\n' });
    } finally {
      chmodSync(path.join(dir, 'sub'), 0o755);
    }
  });
});

describe('.gitignore', () => {
  it('is respected inside a git work tree, and only there', async () => {
    const dir = tree({ '.gitignore': '.env.local\n', '.env.local': `${line(gen.ibmKey())}\n`, 'app.env': `${line(gen.ibmKey())}\n` });
    const outside = await scanJson(dir);
    expect(outside.report.findings.map((f) => f.path)).toEqual(['.env.local', 'app.env']);
    git(dir, 'init', '-q');
    const inside = await scanJson(dir);
    expect(inside.report.findings.map((f) => f.path)).toEqual(['app.env']);
    // Named explicitly, an ignored file is scanned: `scan .env.local` means it.
    expect((await scanJson(dir, '.env.local')).report.findings.map((f) => f.path)).toEqual(['.env.local']);
  });
});
