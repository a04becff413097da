import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo, tempDir, type Repo } from '../helpers/git-repo.js';

// The whole path of a new user: the packed tarball installed with npm into a fresh app, `npx secret-hygiene init`,
// then real commits through the hook it left, at the repository root and in a monorepo package, with and
// without husky. One install (from the npm registry) serves every case: each copies it.
const gen = createGen(2718);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let template = '';
afterAll(cleanupRepos);

beforeAll(() => {
  const packed = tempDir('sh-pack-');
  // dist/ is built by the global setup; --ignore-scripts keeps `prepare` (a rebuild) out of the tarball run.
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string }>;
  template = tempDir('sh-app-');
  writeFileSync(path.join(template, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
  const started = performance.now();
  execFileSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--loglevel=error', path.join(packed, String(info?.filename)), 'husky@9'], { cwd: template, stdio: 'pipe' });
  const lock = JSON.parse(readFileSync(path.join(template, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: object };
  console.log(`init-tarball: npm install of the tarball and husky: ${((performance.now() - started) / 1000).toFixed(1)} s, ${Object.keys(lock.packages).length} packages`);
}, 300_000);

/** The installed app copied to `dir` of a new repository; without husky, husky leaves package.json and node_modules. */
function app(dir: string, husky: boolean): Repo {
  const repo = makeRepo();
  const target = path.join(repo.dir, dir);
  cpSync(template, target, { recursive: true, verbatimSymlinks: true });
  if (!husky) {
    const pkg = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    delete pkg.devDependencies.husky;
    writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    rmSync(path.join(target, 'node_modules', 'husky'), { recursive: true });
  }
  repo.write('.gitignore', 'node_modules/\n');
  repo.write('README.md', 'demo\n');
  repo.commit('init');
  return repo;
}

function commits(repo: Repo, message: string): boolean {
  repo.git(['add', '-A']);
  const before = repo.git(['rev-parse', 'HEAD']);
  const run = spawnSync('git', ['commit', '-q', '-m', message], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  return run.status === 0 && repo.git(['rev-parse', 'HEAD']) !== before;
}

describe.each([
  ['at the repository root', '.', false],
  ['at the repository root', '.', true],
  ['in a monorepo package', 'packages/app', false],
  ['in a monorepo package', 'packages/app', true],
])('npx secret-hygiene init %s (%s), husky: %s', (_where, dir, husky) => {
  it('leaves a hook that blocks a commit with a key and lets a clean one through', () => {
    const repo = app(dir, husky);
    const cwd = path.join(repo.dir, dir);
    const init = spawnSync('npx', ['--no', 'secret-hygiene', 'init'], { cwd, env: repo.env, encoding: 'utf8' });
    expect(init.status, `${init.stdout}\n${init.stderr}`).toBe(0);
    expect(init.stdout).toContain(husky ? `${dir === '.' ? '' : `${dir}/`}.husky/pre-commit` : '.git/hooks/pre-commit');
    expect(spawnSync('npx', ['--no', 'secret-hygiene', 'init', '--check'], { cwd, env: repo.env }).status).toBe(0);

    const file = path.join(dir, 'config', 'app.env');
    repo.write(file, `NAME=demo\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(commits(repo, 'leak')).toBe(false);
    repo.write(file, 'NAME=demo\nIBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    expect(commits(repo, 'clean')).toBe(true);
  });
});
