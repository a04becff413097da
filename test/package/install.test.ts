import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo, tempDir } from '../helpers/git-repo.js';

// The packed tarball installed as a user installs it, in fresh apps: one beside TypeScript 7 (npm's current) with
// ESLint 10 alone, one with ESLint 9 and typescript-eslint. Each app is installed once and shared by the cases.
// Installs come from the npm registry (through npm's cache where it has them).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const gen = createGen(1010);
const apps = { ts7: '', tseslint: '' };
let added = { packages: 0, bytes: 0, output: '' };
afterAll(cleanupRepos);

const npm = (args: string[], cwd: string) => {
  const run = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
};

/** A new app: package.json (an ES module project) and the packages it installs first. */
function app(name: string, ...packages: string[]): string {
  const dir = tempDir(`sh-${name}-`);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', private: true, type: 'module' })}\n`);
  if (packages.length) npm(['install', '--save-dev', ...packages], dir);
  return dir;
}

/** Installed packages (npm's hidden lockfile) and the bytes of their files. */
function installed(dir: string): { packages: number; bytes: number } {
  const lock = JSON.parse(readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: object };
  const size = (p: string): number => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s || s.isSymbolicLink()) return 0;
    return s.isDirectory() ? readdirSync(p).reduce((sum, name) => sum + size(path.join(p, name)), 0) : s.size;
  };
  return { packages: Object.keys(lock.packages).length, bytes: size(path.join(dir, 'node_modules')) };
}

/** The app's own tsc on `files`; `skipLibCheck: false` checks the package's .d.ts files too. */
function tsc(dir: string, files: string[], skipLibCheck = false): void {
  const config = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck, types: [] }, include: files };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(config));
  const run = spawnSync(path.join(dir, 'node_modules', '.bin', 'tsc'), ['-p', dir], { cwd: dir, encoding: 'utf8' });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
}

beforeAll(() => {
  const packed = tempDir('sh-pack-');
  // dist/ and bundle/ are built by the global setup; --ignore-scripts keeps `prepare` (a rebuild) out of the pack.
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string }>;
  const tarball = path.join(packed, String(info?.filename));
  apps.ts7 = app('ts7', 'typescript@7');
  const before = installed(apps.ts7);
  const output = npm(['install', '--save-dev', tarball], apps.ts7);
  const after = installed(apps.ts7);
  added = { packages: after.packages - before.packages, bytes: after.bytes - before.bytes, output };
  console.log(`install: npm install -D <tarball> beside typescript@7 added ${added.packages} packages, ${(added.bytes / 2 ** 20).toFixed(1)} MiB`);
  npm(['install', '--save-dev', 'eslint@10'], apps.ts7);
  apps.tseslint = app('tseslint', 'typescript@~6.0', 'eslint@9', 'typescript-eslint@8', tarball);
}, 300_000);

describe('npm install -D <tarball>', () => {
  it('adds at most 20 packages and 8 MB beside TypeScript 7, with no peer error', () => {
    expect(added.output).not.toMatch(/ERESOLVE|peer dep/i);
    expect(added.packages).toBeGreaterThan(0);
    expect(added.packages).toBeLessThanOrEqual(20);
    expect(added.bytes).toBeLessThanOrEqual(8_000_000);
  });

  it('gives a CLI that runs with no build step: npx secret-hygiene scan', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const npx = (args: string[]) => spawnSync('npx', ['--no', '--', 'secret-hygiene', ...args], { cwd: apps.ts7, encoding: 'utf8' });
    expect(npx(['--version']).stdout.trim()).toBe(version.version);
    mkdirSync(path.join(apps.ts7, 'config'));
    writeFileSync(path.join(apps.ts7, 'config', 'app.env'), 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    expect(npx(['scan', 'config']).status).toBe(0);
    const key = gen.ibmKey();
    writeFileSync(path.join(apps.ts7, 'config', 'app.env'), `IBMCLOUD_API_KEY=${key}\n`);
    const leak = npx(['scan', 'config']);
    expect(leak.status).toBe(1);
    expect(leak.stdout).toContain('config/app.env');
    expect(leak.stdout).not.toContain(key);
  });
});

describe("import('secret-hygiene'): the programmatic API", () => {
  it('scans a text, files, the staged index and history, finding what the CLI finds', () => {
    // A repository with a key in history (removed since), one in the work tree and one staged, and a config.
    const keys = Array.from({ length: 5 }, () => gen.ibmKey());
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', JSON.stringify({ ignore: ['vendor'] }));
    repo.write('deploy.sh', `ibmcloud login --apikey ${keys[0]}\n`);
    repo.write('vendor/sdk.env', `IBMCLOUD_API_KEY=${keys[1]}\n`);
    repo.commit('deploy script');
    repo.write('deploy.sh', 'ibmcloud login --apikey "$IBMCLOUD_API_KEY"\n');
    repo.commit('read the key from the environment');
    repo.write('app.env', `IBMCLOUD_API_KEY=${keys[2]}\n`);
    repo.git(['add', 'app.env']);
    repo.write('notes.txt', `old key was ${keys[3]}\n`);
    const text = `IC_API_KEY=${keys[4]}\n`;
    writeFileSync(path.join(apps.ts7, 'api-run.mjs'), [
      "import { scanFiles, scanHistory, scanStaged, scanText } from 'secret-hygiene';",
      'const [cwd, text] = process.argv.slice(2);',
      'const results = { text: await scanText(text, { cwd, path: "ci.env" }), files: await scanFiles([], { cwd }), staged: await scanStaged({ cwd }), history: await scanHistory([], { cwd }) };',
      'console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.findings]))));',
    ].join('\n'));
    const api = JSON.parse(execFileSync(process.execPath, ['api-run.mjs', repo.dir, text], { cwd: apps.ts7, encoding: 'utf8' })) as Record<string, unknown[]>;
    const bin = path.join(apps.ts7, 'node_modules', '.bin', 'secret-hygiene');
    const cli = (args: string[], input?: string): unknown[] => {
      const run = spawnSync(bin, [...args, '--format', 'json'], { cwd: repo.dir, input, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      return (JSON.parse(run.stdout) as { findings: unknown[] }).findings;
    };
    expect(api.text).toEqual(cli(['scan', '-', '--stdin-path', 'ci.env'], text));
    expect(api.files).toEqual(cli(['scan', '.']));
    expect(api.staged).toEqual(cli(['scan', '--staged']));
    expect(api.history).toEqual(cli(['history']));
    // What each one found: the text's key, the work tree's two (not vendor/: the config ignores it), the staged one,
    // and the one history still holds; every one redacted.
    expect(Object.fromEntries(Object.entries(api).map(([k, found]) => [k, (found as Array<{ path: string }>).map((f) => f.path).sort()]))).toEqual({
      text: ['ci.env'],
      files: ['app.env', 'notes.txt'],
      staged: ['app.env'],
      history: ['deploy.sh'],
    });
    const printed = JSON.stringify(api);
    expect(keys.filter((key) => printed.includes(key))).toEqual([]);
  });

  it("is typed: the user's tsc (TypeScript 7) checks a program using it, libraries included", () => {
    writeFileSync(path.join(apps.ts7, 'api.ts'), [
      "import { exitCode, failsGate, FORMATS, formatReport, scanFiles, scanHistory, scanStaged, scanText, ScanError } from 'secret-hygiene';",
      "import type { Finding, Format, ScanOptions, ScanResult, VerifySettings } from 'secret-hygiene';",
      "const verify: VerifySettings = { iamUrl: 'https://iam.cloud.ibm.com', timeoutSeconds: 5, maxKeys: 10 };",
      "const options: ScanOptions = { cwd: '.', baseline: false, maxFileSize: '5MiB', verify, debug: (line: string) => console.log(line) };",
      'export async function gate(text: string): Promise<number> {',
      "  const results: ScanResult[] = [await scanText(text, { path: 'x.env' }), await scanFiles(['src'], options), await scanStaged(), await scanHistory('origin/main..HEAD')];",
      '  const failing: Finding[] = results.flatMap((r) => r.findings.filter(failsGate));',
      "  const format: Format = FORMATS[0];",
      '  for (const r of results) console.log(await formatReport(r, format, { mode: "history" }), exitCode(r), failing.length);',
      '  return 0;',
      '}',
      "export const kind = (e: unknown): string | undefined => (e instanceof ScanError ? e.kind : undefined);",
    ].join('\n'));
    tsc(apps.ts7, ['api.ts']);
  });
});

describe('the ESLint plugin from the tarball', () => {
  const CODE = (key: string, token: string) =>
    [
      `const auth = new IamAuthenticator({ apikey: '${key}' });`,
      `fetch(url, { headers: { Authorization: 'Bearer ${token}' } });`,
      // secret-hygiene:allow -- test fixture: the Basic-auth pattern the rule reports, no credential
      "fetch('https://us.apiconnect.ibmcloud.com/v1/me', { headers: { Authorization: 'Basic ' + btoa(u + ':' + p) } });",
    ].join('\n');
  const EXPECTED = [
    ['secret-hygiene/no-embedded-credentials', 1],
    ['secret-hygiene/no-hardcoded-bearer', 2],
    ['secret-hygiene/no-api-connect-basic-auth', 3],
  ];

  function lint(dir: string, config: string, file: string): Array<[string, number]> {
    writeFileSync(path.join(dir, 'eslint.config.js'), config);
    writeFileSync(path.join(dir, file), CODE(gen.ibmKey(), gen.base64url(40)));
    const run = spawnSync(path.join(dir, 'node_modules', '.bin', 'eslint'), ['--format', 'json', file], { cwd: dir, encoding: 'utf8' });
    const [report] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    return (report?.messages ?? []).map((m) => [m.ruleId, m.line]);
  }

  it('works with ESLint 10 alone (no typescript-eslint), and its types hold there', () => {
    const config = "import secretHygiene from 'secret-hygiene/eslint-plugin';\nexport default [secretHygiene.configs.recommended];\n";
    expect(lint(apps.ts7, config, 'client.js')).toEqual(EXPECTED);
    writeFileSync(path.join(apps.ts7, 'plugin-types.ts'), [
      "import type { ESLint, Linter } from 'eslint';",
      "import secretHygiene from 'secret-hygiene/eslint-plugin';",
      'export const plugin: ESLint.Plugin = secretHygiene;',
      'export const config: Linter.Config[] = [secretHygiene.configs.recommended];',
    ].join('\n'));
    tsc(apps.ts7, ['plugin-types.ts']);
  });

  it('works with ESLint 9 and typescript-eslint on TypeScript, and its rules are typed there', () => {
    const config = [
      "import tseslint from 'typescript-eslint';",
      "import secretHygiene from 'secret-hygiene/eslint-plugin';",
      "export default tseslint.config({ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, secretHygiene.configs.recommended);",
    ].join('\n');
    expect(lint(apps.tseslint, config, 'client.ts')).toEqual(EXPECTED);
    writeFileSync(path.join(apps.tseslint, 'rules-types.ts'), [
      "import type { TSESLint } from '@typescript-eslint/utils';",
      "import { rules, type NoEmbeddedCredentialsMessageIds, type NoEmbeddedCredentialsOptions } from 'secret-hygiene/eslint-plugin/rules';",
      "export const options: NoEmbeddedCredentialsOptions = [{ envVariable: 'IC_API_KEY', off: ['jwt'] }];",
      "export const rule: TSESLint.RuleModule<NoEmbeddedCredentialsMessageIds, NoEmbeddedCredentialsOptions> = rules['no-embedded-credentials'];",
      // Types that resolved to `any` would accept these: each must be an error.
      '// @ts-expect-error -- envVariable is a string',
      "export const badOptions: NoEmbeddedCredentialsOptions = [{ envVariable: 42 }];",
      '// @ts-expect-error -- the rule takes other options',
      "export const badRule: TSESLint.RuleModule<'x', [{ other: number }]> = rules['no-embedded-credentials'];",
    ].join('\n'));
    // skipLibCheck: checking all of typescript-eslint's and TypeScript's declarations takes half a minute here.
    tsc(apps.tseslint, ['rules-types.ts'], true);
  });
});
