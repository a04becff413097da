import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo, tempDir, type Repo } from '../helpers/git-repo.js';

// The pre-commit framework (pre-commit.com) as its users meet it: the real `pre-commit` (Debian's 3.0.4 in CI,
// installed by .ci/run) clones this repository at a commit, installs the hook from .pre-commit-hooks.yaml, and
// then judges real commits. Nothing here may pass without it: a missing pre-commit fails, and says how to get it.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const gen = createGen(3004);
let app: Repo;
afterAll(cleanupRepos);

/**
 * A repository holding this one's files as they stand (committed or not, and not what .gitignore leaves out,
 * such as dist/ and node_modules/), committed: the commit a user names in `rev:`.
 */
function hookRepository(): { dir: string; rev: string } {
  const repo = makeRepo();
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of files.split('\0').filter(Boolean)) {
    try {
      cpSync(path.join(ROOT, file), path.join(repo.dir, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the work tree, not yet in git
    }
  }
  return { dir: repo.dir, rev: repo.commit('secret-hygiene as it stands') };
}

beforeAll(() => {
  if (version.status !== 0) return;
  const hooks = hookRepository();
  app = makeRepo();
  Object.assign(app.env, { PRE_COMMIT_HOME: tempDir('sh-pre-commit-home-'), PRE_COMMIT_COLOR: 'never' });
  app.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hooks.dir}\n    rev: ${hooks.rev}\n    hooks:\n      - id: secret-hygiene\n`);
  app.write('README.md', 'demo\n');
  app.commit('init');
}, 120_000);

/** `git commit` through the installed hooks (no --no-verify): did it make a commit, and what did the hook say. */
function commit(message: string): { committed: boolean; output: string } {
  app.git(['add', '-A']);
  const before = app.git(['rev-parse', 'HEAD']);
  const run = spawnSync('git', ['commit', '-q', '-m', message], { cwd: app.dir, env: app.env, encoding: 'utf8' });
  return { committed: app.git(['rev-parse', 'HEAD']) !== before, output: `${run.stdout}${run.stderr}` };
}

describe('the pre-commit framework hook (.pre-commit-hooks.yaml)', () => {
  it('runs on a pre-commit that CI installed', () => {
    expect(version.status, `pre-commit is not installed (${version.error?.message ?? version.stderr}): apt-get install -y pre-commit, as .ci/run does`).toBe(0);
    expect(version.stdout).toMatch(/^pre-commit \d+\.\d+\.\d+/);
  });

  it('installs from a clone of this repository at a commit, with nothing built or installed there', () => {
    expect(version.status, 'pre-commit is not installed').toBe(0);
    const install = spawnSync('pre-commit', ['install', '--install-hooks'], { cwd: app.dir, env: app.env, encoding: 'utf8' });
    expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
    expect(install.stdout).toContain('pre-commit installed at .git/hooks/pre-commit');
  }, 120_000);

  it('blocks a commit that adds a key, without printing it, and lets a clean one through', () => {
    expect(version.status, 'pre-commit is not installed').toBe(0);
    const key = gen.ibmKey();
    app.write('config/app.env', `NAME=demo\nIBMCLOUD_API_KEY=${key}\n`);
    const leak = commit('add the app config');
    expect(leak.committed, leak.output).toBe(false);
    expect(leak.output).toMatch(/secret-hygiene \(IBM Cloud credentials in the staged change\)\.+Failed/);
    expect(leak.output).toContain('config/app.env');
    expect(leak.output).toContain('ibm-cloud-api-key');
    expect(leak.output).not.toContain(key);

    app.write('config/app.env', 'NAME=demo\nIBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    const clean = commit('add the app config');
    expect(clean.committed, clean.output).toBe(true);
    expect(clean.output).toMatch(/secret-hygiene \(IBM Cloud credentials in the staged change\)\.+Passed/);
  }, 60_000);
});
