import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/index.js';
import { sarifErrors } from '../reporters/sarif-schema.js';
import { tree, write } from '../sources/files-tree.js';
import { cli } from './scan-cli.js';

// `secret-hygiene scan` as a user runs it: the built bin, options and exit codes (SPEC §3, §4).

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const key = createGen(99).ibmKey();
const ANSI = '\u001b[';

let leaky: string;
let clean: string;
beforeAll(() => {
  leaky = tree({ '.env': `# deploy settings\nIBMCLOUD_API_KEY=${key}\n`, 'src/app.js': 'console.log(1);\n' });
  clean = tree({ 'README.md': '# nothing here\n' });
});

describe('exit codes', () => {
  it('0 and a summary when nothing is found', async () => {
    const r = await cli(['scan'], { cwd: clean });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ no secrets found \(scanned 1 file, 15 B, \d+\.\d\d s\)\n$/);
    expect(r.stderr).toBe('');
  });

  it('1 with findings grouped by file, line:col, rule id, message and the redacted preview', async () => {
    const r = await cli(['scan'], { cwd: leaky });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`.env\n  2:18  ibm-cloud-api-key  IBM Cloud API key  ${key.slice(0, 4)}…(44 chars)\n`);
    expect(r.stdout).toMatch(/✖ 1 finding in 1 file \(scanned 2 files, \d+ B, \d+\.\d\d s\)/);
    expect(r.stdout).not.toContain(key);
  });

  it.each([
    [['scan', 'nope'], 'secret-hygiene: cannot scan nope: no such file or directory (ENOENT)\n'],
    [['scan', '--nope'], "secret-hygiene: Unknown option '--nope' (see secret-hygiene scan --help)\n"],
    [['scan', '--format', 'xml'], 'secret-hygiene: --format must be one of text, json, sarif, github, gitlab (got "xml")\n'],
    [['scan', '--format'], "secret-hygiene: Option '-f, --format <value>' argument missing (see secret-hygiene scan --help)\n"],
    [['scan', '--max-file-size', 'huge'], 'secret-hygiene: --max-file-size must be a positive size such as 10MiB, 512k or 1048576 (got "huge")\n'],
    [['scan', '--config', 'missing.json'], /^secret-hygiene: cannot read .*missing\.json: ENOENT/],
    [['scan', '--baseline', 'missing.json'], /^secret-hygiene: cannot read .*missing\.json: ENOENT/],
    [['lint'], 'secret-hygiene: unknown command "lint" (expected one of scan, history, baseline, init; see --help)\n'],
  ])('2 for %j, with the reason on stderr', async (args, message) => {
    const r = await cli(args, { cwd: clean });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  it('2 with the usage on stderr when no command is given', async () => {
    const r = await cli([], { cwd: clean });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('--help and --version', () => {
  it.each([['--help'], ['-h'], ['scan', '--help'], ['help']])('%j prints the usage with every scan flag and exits 0', async (...args) => {
    const r = await cli(args, { cwd: clean });
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--output', '--config', '--baseline', '--max-file-size', '--no-color', '--quiet', '--debug']) expect(r.stdout).toContain(flag);
  });

  it.each([['--version'], ['-v'], ['scan', '--version']])('%j prints the package version', async (...args) => {
    const r = await cli(args, { cwd: clean });
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('--format', () => {
  it('json: version 1, findings with every field, stats', async () => {
    const r = await cli(['scan', '--format', 'json'], { cwd: leaky });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { version: number; findings: Array<Record<string, unknown>>; stats: Record<string, unknown> };
    expect(report.version).toBe(1);
    expect(report.findings).toEqual([
      {
        ruleId: 'ibm-cloud-api-key',
        message: 'IBM Cloud API key',
        severity: 'error',
        path: '.env',
        line: 2,
        column: 18,
        endLine: 2,
        endColumn: 62,
        redacted: `${key.slice(0, 4)}…(44 chars)`,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(report.stats).toMatchObject({ files: 2, skipped: { binary: 0, files: [] }, errors: [], baselined: 0 });
    expect(report.stats.bytes).toBe(`# deploy settings\nIBMCLOUD_API_KEY=${key}\n`.length + 'console.log(1);\n'.length);
    expect(report.stats.durationMs).toEqual(expect.any(Number));
  });

  it('sarif: valid against the official schema, with the location relative to the root', async () => {
    const r = await cli(['scan', '-f', 'sarif'], { cwd: leaky });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: object } }> }> }> };
    expect(sarifErrors(log)).toBe('');
    const [result] = log.runs[0]?.results ?? [];
    expect(result?.ruleId).toBe('ibm-cloud-api-key');
    expect(result?.locations[0]?.physicalLocation).toMatchObject({ artifactLocation: { uri: '.env' }, region: { startLine: 2, startColumn: 18 } });
  });

  it('github: one ::error workflow command per finding', async () => {
    const r = await cli(['scan', '--format=github'], { cwd: leaky });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `::error file=.env,line=2,col=18,endLine=2,endColumn=62,title=secret-hygiene ibm-cloud-api-key::IBM Cloud API key [${key.slice(0, 4)}…(44 chars)]\n`,
    );
  });

  it('text is the default', async () => {
    const untimed = (s: string) => s.replace(/\d+\.\d\d s\)/, 'T s)');
    expect(untimed((await cli(['scan', '-f', 'text'], { cwd: leaky })).stdout)).toBe(untimed((await cli(['scan'], { cwd: leaky })).stdout));
  });
});

describe('options', () => {
  it('--output writes the report to a file and nothing to stdout; the exit code still tells', async () => {
    const r = await cli(['scan', '-f', 'json', '--output', 'report.json'], { cwd: leaky });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const report = JSON.parse(readFileSync(path.join(leaky, 'report.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings).toHaveLength(1);
    const bad = await cli(['scan', '-o', 'no/such/dir/report.txt'], { cwd: leaky });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^secret-hygiene: cannot write no\/such\/dir\/report\.txt: ENOENT/);
  });

  it('--quiet prints the findings only, and nothing at all when clean', async () => {
    const r = await cli(['scan', '--quiet', '.env'], { cwd: leaky });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`.env\n  2:18  ibm-cloud-api-key  IBM Cloud API key  ${key.slice(0, 4)}…(44 chars)\n`);
    expect(await cli(['scan', '-q'], { cwd: clean })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('colours text when forced (FORCE_COLOR, as on a terminal), never with --no-color or NO_COLOR', async () => {
    expect((await cli(['scan'], { cwd: leaky, env: { FORCE_COLOR: '1' } })).stdout).toContain(ANSI);
    expect((await cli(['scan', '--no-color'], { cwd: leaky, env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ANSI);
    expect((await cli(['scan'], { cwd: leaky, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ANSI);
    expect((await cli(['scan'], { cwd: leaky })).stdout).not.toContain(ANSI);
  });

  it('--max-file-size no longer skips anything: it is the size above which text is scanned in segments', async () => {
    const dir = tree({ 'big.env': `${'#'.repeat(2000)}\nIBMCLOUD_API_KEY=${key}\n`, 'small.txt': 'x' });
    const r = await cli(['scan', '--max-file-size', '1k'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('big.env\n  2:18');
    expect(r.stdout).not.toContain('skipped');
  });

  it('--config reads the given file; without it, .secret-hygiene.json at the root is read', async () => {
    const dir = tree({ 'a/.env': `IBMCLOUD_API_KEY=${key}\n`, 'b/.env': `IC_API_KEY=${key}\n` });
    write(dir, { 'ignore-a.json': JSON.stringify({ ignore: ['a/**'] }) });
    const r = await cli(['scan', '-f', 'json', '--config', 'ignore-a.json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { findings: Array<{ path: string }> }).findings.map((f) => f.path)).toEqual(['b/.env']);
    write(dir, { '.secret-hygiene.json': JSON.stringify({ rules: { 'ibm-cloud-api-key': 'off' } }) });
    expect(await cli(['scan', '-q'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    write(dir, { '.secret-hygiene.json': JSON.stringify({ allow: ['^IC_API_KEY='] }) });
    expect((await cli(['scan', '-q'], { cwd: dir })).stdout).toContain('a/.env');
    expect((await cli(['scan', '-q'], { cwd: dir })).stdout).not.toContain('b/.env');
  });

  it('a bad config file is exit 2 naming the file, the field and what was expected', async () => {
    const dir = tree({ '.secret-hygiene.json': '{"rules": {"jwt": "disabled"}}', 'cfg.json': '{"ignore": "dist"}' });
    expect(await cli(['scan'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'secret-hygiene: .secret-hygiene.json: "rules.jwt" must be "off" or "on" (got "disabled")\n' });
    expect(await cli(['scan', '-c', 'cfg.json'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'secret-hygiene: cfg.json: "ignore" must be an array of strings (got "dist")\n' });
  });

  it('--baseline reads accepted findings from the given file (default: the one at the root)', async () => {
    const dir = tree({ '.env': `IBMCLOUD_API_KEY=${key}\n`, 'other.env': `IC_API_KEY=${key}\n` });
    const { findings } = JSON.parse((await cli(['scan', '-f', 'json'], { cwd: dir })).stdout) as { findings: Array<{ ruleId: string; fingerprint: string; path: string }> };
    const entry = findings.find((f) => f.path === '.env');
    const baseline = JSON.stringify({ version: 1, findings: [{ ruleId: entry?.ruleId, fingerprint: entry?.fingerprint, path: '.env' }] });
    writeFileSync(path.join(dir, 'accepted.json'), baseline);
    const r = await cli(['scan', '--baseline', 'accepted.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('other.env\n');
    expect(r.stdout).not.toMatch(/^\.env$/m);
    expect(r.stdout).toContain('1 finding accepted by the baseline');
    writeFileSync(path.join(dir, '.secret-hygiene-baseline.json'), JSON.stringify({ version: 1, findings: findings.map(({ ruleId, fingerprint, path: p }) => ({ ruleId, fingerprint, path: p })) }));
    expect((await cli(['scan'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'broken.json'), '{"findings": [{"ruleId": 1}]}');
    expect(await cli(['scan', '--baseline', 'broken.json'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'secret-hygiene: broken.json: "findings[0]" must be an object with string ruleId, fingerprint and path\n',
    });
  });
});

describe('large scans', () => {
  it('detect on worker threads with the same report, and the same --debug lines, as in the main thread', async () => {
    const g = createGen(5);
    const files: Record<string, string> = {};
    // 6 MiB in 48 files: past the size at which a run starts its worker pool.
    for (let i = 0; i < 48; i++) {
      const filler = Array.from({ length: 1300 }, (_, n) => `const value${n} = "${g.base64url(80)}"; // line ${n}`).join('\n');
      files[`src/f${String(i).padStart(2, '0')}.env`] = `${filler}\nIBMCLOUD_API_KEY=${g.ibmKey()}\napikey: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`;
    }
    const dir = tree(files);
    const run = async (workers: string) => {
      const r = await cli(['scan', '-f', 'json', '--debug'], { cwd: dir, env: { SECRET_HYGIENE_WORKERS: workers } });
      const report = JSON.parse(r.stdout) as { findings: unknown[]; stats: { files: number; bytes: number } };
      return { code: r.code, findings: report.findings, files: report.stats.files, bytes: report.stats.bytes, debug: r.stderr };
    };
    const inThread = await run('0');
    const pooled = await run('2');
    expect(inThread.bytes).toBeGreaterThan(6 * 1024 * 1024);
    expect(inThread.findings).toHaveLength(48);
    expect(inThread.debug).toMatch(/^debug: src\/f00\.env:1301 found: ibm-cloud-api-key: evidence .*\ndebug: src\/f00\.env:1302 dropped: /);
    expect(pooled).toEqual(inThread);
  });
});

