import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { parseConfig } from '../../src/config.js';
import { cleanupRepos, makeRepo, type CliResult, type Repo } from '../helpers/git-repo.js';

// init against real git: the hook it leaves runs on `git commit`. The package is "installed" by a symlink
// to this checkout (test/cli/init-tarball.test.ts installs the packed tarball from the registry's way).
const gen = createGen(31337);
const PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
const HUSKY = path.join(PACKAGE, 'node_modules', 'husky');
afterAll(cleanupRepos);

const read = (repo: Repo, file: string): string => readFileSync(path.join(repo.dir, file), 'utf8');

/** A package at `dir` (relative to the repository) with secret-hygiene (and husky) in its node_modules. */
function install(repo: Repo, dir = '.', options: { husky?: boolean } = {}): void {
  const deps = { 'secret-hygiene': '*', ...(options.husky ? { husky: '*' } : {}) };
  repo.write(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'app', private: true, devDependencies: deps })}\n`);
  mkdirSync(path.join(repo.dir, dir, 'node_modules'), { recursive: true });
  symlinkSync(PACKAGE, path.join(repo.dir, dir, 'node_modules', 'secret-hygiene'));
  if (options.husky) symlinkSync(HUSKY, path.join(repo.dir, dir, 'node_modules', 'husky'));
  repo.write('.gitignore', 'node_modules/\n');
}

/** `npx secret-hygiene …` as a user runs it in `dir`: the installed bin. */
function cli(repo: Repo, args: string[], dir = '.', env: NodeJS.ProcessEnv = {}): CliResult {
  const bin = path.join(repo.dir, dir, 'node_modules', 'secret-hygiene', 'bin', 'secret-hygiene.js');
  // The timeout turns a hang (init waiting on a FIFO) into a failed test.
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: path.join(repo.dir, dir), env: { ...repo.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Commits everything through the hooks; whether git made the commit. */
function commits(repo: Repo, message: string): boolean {
  repo.git(['add', '-A']);
  const count = (): string => repo.git(['rev-list', '--all', '--count']);
  const before = count();
  try {
    repo.git(['commit', '-q', '-m', message]);
  } catch {
    return false;
  }
  return count() !== before;
}

/** A key-shaped value is blocked, and the same change without it goes through. */
function expectHookBlocksALeak(repo: Repo, file = 'app.env'): void {
  repo.write(file, `NAME=demo\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
  expect(commits(repo, 'leak')).toBe(false);
  repo.write(file, 'NAME=demo\n');
  expect(commits(repo, 'clean')).toBe(true);
}

describe('init without husky: git’s own hooks', () => {
  it('writes .git/hooks/pre-commit and a starter config, the hook blocks a leak, and init changes nothing twice', () => {
    const repo = makeRepo();
    install(repo);
    const first = cli(repo, ['init']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('created .git/hooks/pre-commit');
    expect(first.stdout).toContain('✔ the next commit runs secret-hygiene scan --staged');
    expect(read(repo, '.git/hooks/pre-commit')).toContain('node node_modules/secret-hygiene/bin/secret-hygiene.js scan --staged || exit $?');
    const config = read(repo, '.secret-hygiene.json');
    expect(JSON.parse(config)).toMatchObject({ $schema: './node_modules/secret-hygiene/schema/secret-hygiene.schema.json' });
    expect(parseConfig(config, '.secret-hygiene.json').off.size).toBe(0);
    expectHookBlocksALeak(repo);

    const hook = read(repo, '.git/hooks/pre-commit');
    const second = cli(repo, ['init']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('.git/hooks/pre-commit already runs the staged scan');
    expect(second.stdout).toContain('.secret-hygiene.json already exists: left as it is');
    expect(read(repo, '.git/hooks/pre-commit')).toBe(hook);
  });

  it('chains an existing hook: the scan goes first, every line stays, and the old hook still runs', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('.git/hooks/pre-commit', '#!/usr/bin/env bash\ntouch "$(git rev-parse --git-dir)/legacy-ran"\nexit 0\n');
    chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o600); // git skips it until it is executable
    const result = cli(repo, ['init']);
    expect(result.status, result.stderr).toBe(0);
    expect(statSync(path.join(repo.dir, '.git/hooks/pre-commit')).mode & 0o777).toBe(0o700); // no more readable than it was
    expect(result.stdout).toContain('added the staged scan to .git/hooks/pre-commit, keeping its lines (and made it executable');
    expect(read(repo, '.git/hooks/pre-commit')).toMatch(/^#!\/usr\/bin\/env bash\n# secret-hygiene: .*\nnode .* scan --staged \|\| exit \$\?\ntouch .*\nexit 0\n$/);
    expectHookBlocksALeak(repo);
    expect(() => readFileSync(path.join(repo.dir, '.git', 'legacy-ran'))).not.toThrow();
  });

  it('honours core.hooksPath', () => {
    const repo = makeRepo();
    install(repo);
    repo.git(['config', 'core.hooksPath', 'tools/git-hooks']);
    expect(cli(repo, ['init']).status).toBe(0);
    expect(read(repo, 'tools/git-hooks/pre-commit')).toContain('scan --staged || exit $?');
    expectHookBlocksALeak(repo);
  });

  it('refuses a hook in another language, with the line to call, and --check agrees', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('.git/hooks/pre-commit', '#!/usr/bin/env python3\nprint("hi")\n');
    chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o755);
    const result = cli(repo, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.git/hooks/pre-commit is a python3 script');
    expect(result.stderr).toContain('node node_modules/secret-hygiene/bin/secret-hygiene.js scan --staged');
    expect(read(repo, '.git/hooks/pre-commit')).toBe('#!/usr/bin/env python3\nprint("hi")\n');
    expect(cli(repo, ['init', '--check']).status).toBe(1);
  });

  it('from a monorepo package: the hook runs the package’s install, from the root where git runs hooks', () => {
    const repo = makeRepo();
    install(repo, 'packages/app');
    const result = cli(repo, ['init'], 'packages/app');
    expect(result.status, result.stderr).toBe(0);
    expect(read(repo, '.git/hooks/pre-commit')).toContain('node packages/app/node_modules/secret-hygiene/bin/secret-hygiene.js scan --staged || exit $?');
    expect(JSON.parse(read(repo, '.secret-hygiene.json'))).toMatchObject({ $schema: './packages/app/node_modules/secret-hygiene/schema/secret-hygiene.schema.json' });
    expectHookBlocksALeak(repo, 'packages/app/app.env');
  });
});

describe('init with husky', () => {
  it('sets husky up in a monorepo package (husky runs from the root, with the package’s folder)', () => {
    const repo = makeRepo();
    install(repo, 'packages/app', { husky: true });
    const result = cli(repo, ['init'], 'packages/app');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('installed husky (core.hooksPath=packages/app/.husky/_)');
    expect(result.stdout).toContain("npm pkg set scripts.prepare='cd ../.. && husky packages/app/.husky'");
    expect(read(repo, 'packages/app/.husky/pre-commit')).toBe('node packages/app/node_modules/secret-hygiene/bin/secret-hygiene.js scan --staged\n');
    expectHookBlocksALeak(repo);
  });

  it('puts the scan first in an existing husky hook, without touching its lines, once (an exit 0 of theirs cannot skip it)', () => {
    const repo = makeRepo();
    install(repo, '.', { husky: true });
    repo.write('.husky/pre-commit', 'echo lint\nexit 0'); // no final newline
    expect(cli(repo, ['init']).stdout).toContain('added the staged scan to .husky/pre-commit, keeping its lines');
    const expected = 'node node_modules/secret-hygiene/bin/secret-hygiene.js scan --staged\necho lint\nexit 0';
    expect(read(repo, '.husky/pre-commit')).toBe(expected);
    cli(repo, ['init']);
    expect(read(repo, '.husky/pre-commit')).toBe(expected);
    expectHookBlocksALeak(repo);
  });

  it('writes nothing through a committed .husky link that leads out of the repository', () => {
    const repo = makeRepo();
    install(repo, '.', { husky: true });
    const victim = `${repo.dir}-victim`;
    mkdirSync(victim);
    writeFileSync(path.join(victim, 'pre-commit'), 'echo mine\n', { mode: 0o600 });
    symlinkSync(victim, path.join(repo.dir, '.husky'));
    try {
      const result = cli(repo, ['init']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('init: .husky is a link, or leads out of the repository: no hook is written through it');
      expect(readFileSync(path.join(victim, 'pre-commit'), 'utf8')).toBe('echo mine\n');
      expect(statSync(path.join(victim, 'pre-commit')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(victim, { recursive: true });
    }
  });

  it('recognises the scan already spelled another way', () => {
    const repo = makeRepo();
    install(repo, '.', { husky: true });
    repo.write('.husky/pre-commit', 'npx --no -- secret-hygiene scan --quiet --staged\n');
    expect(cli(repo, ['init']).stdout).toContain('already runs the staged scan');
    expect(read(repo, '.husky/pre-commit')).toBe('npx --no -- secret-hygiene scan --quiet --staged\n');
  });

  it('fails with the fix when the project lists husky but it is not installed', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('package.json', '{ "name": "app", "devDependencies": { "husky": "^9", "secret-hygiene": "*" } }\n');
    const result = cli(repo, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('husky is not installed: run `npm install` in .');
  });
});

describe('init --check, and init that cannot leave a working hook', () => {
  it('says why no hook will run, and the fix (exit 1), then yes once init ran (exit 0)', () => {
    const repo = makeRepo();
    install(repo);
    const none = cli(repo, ['init', '--check']);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no hook will run secret-hygiene scan --staged on the next commit: there is no pre-commit hook');
    expect(none.stderr).toContain('fix: run `npx secret-hygiene init`');
    expect(cli(repo, ['init']).status).toBe(0);
    expect(cli(repo, ['init', '--check']).status).toBe(0);

    chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o644);
    expect(cli(repo, ['init', '--check']).stderr).toContain('fix: chmod +x .git/hooks/pre-commit');
    chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o755);
  });

  it('sees a husky hook that HUSKY=0 turns off', () => {
    const repo = makeRepo();
    install(repo, '.', { husky: true });
    expect(cli(repo, ['init']).status).toBe(0);
    const off = cli(repo, ['init', '--check'], '.', { HUSKY: '0' });
    expect(off.status).toBe(1);
    expect(off.stderr).toContain('HUSKY=0');
  });

  it('sees a hook whose scanner is not installed', () => {
    const repo = makeRepo();
    install(repo);
    expect(cli(repo, ['init']).status).toBe(0);
    repo.write('.git/hooks/pre-commit', read(repo, '.git/hooks/pre-commit').replace('node_modules/secret-hygiene', 'node_modules/gone'));
    const result = cli(repo, ['init', '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('runs node_modules/gone/bin/secret-hygiene.js, which is not installed');
  });

  it('exits 2 with the fix when secret-hygiene is not installed in the project, or outside a work tree', () => {
    const repo = makeRepo();
    install(repo);
    rmSync(path.join(repo.dir, 'node_modules', 'secret-hygiene'));
    const result = repo.cli(['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('secret-hygiene is not installed in .: run `npm install --save-dev secret-hygiene` there');
    expect(makeRepo({ init: false }).cli(['init']).status).toBe(2);
  });
});

describe('init on files the repository brings: no link followed, no FIFO waited on', () => {
  const mkfifo = (file: string): void => {
    const made = spawnSync('mkfifo', [file]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  };

  it('refuses to write a hook through a link, and leaves the linked file as it was', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('tools/hook.sh', '#!/bin/sh\necho shared\n');
    chmodSync(path.join(repo.dir, 'tools/hook.sh'), 0o755);
    mkdirSync(path.join(repo.dir, '.git/hooks'), { recursive: true });
    symlinkSync('../../tools/hook.sh', path.join(repo.dir, '.git/hooks/pre-commit'));
    const result = cli(repo, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot write .git/hooks/pre-commit: it is a symbolic link');
    expect(read(repo, 'tools/hook.sh')).toBe('#!/bin/sh\necho shared\n');
  });

  it('keeps a hook’s own mode when it adds the scan to it', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho mine\n');
    chmodSync(path.join(repo.dir, '.git/hooks/pre-commit'), 0o700);
    expect(cli(repo, ['init']).status).toBe(0);
    expect(statSync(path.join(repo.dir, '.git/hooks/pre-commit')).mode & 0o777).toBe(0o700);
    expect(read(repo, '.git/hooks/pre-commit')).toContain('echo mine');
  });

  it('leaves a dangling config link alone instead of creating what it points at', () => {
    const repo = makeRepo();
    install(repo);
    const outside = `${path.basename(repo.dir)}-outside.json`;
    symlinkSync(`../${outside}`, path.join(repo.dir, '.secret-hygiene.json'));
    const result = cli(repo, ['init']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('.secret-hygiene.json already exists: left as it is');
    expect(existsSync(path.join(repo.dir, '..', outside))).toBe(false);
    expect(lstatSync(path.join(repo.dir, '.secret-hygiene.json')).isSymbolicLink()).toBe(true);
  });

  it('answers at once when the hook or package.json is a FIFO: --check says no hook, init exits 2', () => {
    const repo = makeRepo();
    install(repo);
    mkdirSync(path.join(repo.dir, '.git/hooks'), { recursive: true });
    mkfifo(path.join(repo.dir, '.git/hooks/pre-commit'));
    const check = cli(repo, ['init', '--check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('there is no pre-commit hook');
    const result = cli(repo, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read .git/hooks/pre-commit: not a regular file');

    rmSync(path.join(repo.dir, '.git/hooks/pre-commit'));
    rmSync(path.join(repo.dir, 'package.json'));
    mkfifo(path.join(repo.dir, 'package.json'));
    expect(cli(repo, ['init', '--check']).status).toBe(1);
  });
});
