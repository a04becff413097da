import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { parseConfig } from '../../src/config.js';
import { BIN, cleanupRepos, makeRepo, type Repo } from '../helpers/git-repo.js';

const gen = createGen(31337);
const HUSKY = fileURLToPath(new URL('../../node_modules/husky', import.meta.url));
afterAll(cleanupRepos);

const read = (repo: Repo, file: string): string => readFileSync(path.join(repo.dir, file), 'utf8');

describe('init', () => {
  it('creates .husky/pre-commit and a starter config, says what to run without husky, and changes nothing twice', () => {
    const repo = makeRepo();
    const first = repo.cli(['init']);
    expect(first.status).toBe(0);
    expect(read(repo, '.husky/pre-commit')).toBe('secret-hygiene scan --staged\n');
    expect(parseConfig(read(repo, '.secret-hygiene.json'), '.secret-hygiene.json').off.size).toBe(0);
    expect(first.stdout).toContain('husky is not installed: to run the hook on every commit, run\n  npm install --save-dev husky\n  npx husky\n');

    const hook = read(repo, '.husky/pre-commit');
    const config = read(repo, '.secret-hygiene.json');
    const second = repo.cli(['init']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('.husky/pre-commit already runs the staged scan');
    expect(second.stdout).toContain('.secret-hygiene.json already exists: left as it is');
    expect(read(repo, '.husky/pre-commit')).toBe(hook);
    expect(read(repo, '.secret-hygiene.json')).toBe(config);
  });

  it('appends to an existing .husky/pre-commit without touching its lines, once', () => {
    const repo = makeRepo();
    repo.write('.husky/pre-commit', '#!/usr/bin/env sh\nnpx lint-staged\nnpm test'); // no final newline
    repo.write('.secret-hygiene.json', '{ "ignore": ["fixtures/**"] }\n');
    expect(repo.cli(['init']).stdout).toContain('added `secret-hygiene scan --staged` to the end of .husky/pre-commit');
    expect(read(repo, '.husky/pre-commit')).toBe('#!/usr/bin/env sh\nnpx lint-staged\nnpm test\nsecret-hygiene scan --staged\n');
    expect(read(repo, '.secret-hygiene.json')).toBe('{ "ignore": ["fixtures/**"] }\n');
    repo.cli(['init']);
    expect(read(repo, '.husky/pre-commit')).toBe('#!/usr/bin/env sh\nnpx lint-staged\nnpm test\nsecret-hygiene scan --staged\n');
  });

  it('recognises the scan already spelled another way', () => {
    const repo = makeRepo();
    repo.write('.husky/pre-commit', 'npx --no -- secret-hygiene scan --quiet --staged\n');
    expect(repo.cli(['init']).stdout).toContain('already runs the staged scan');
    expect(read(repo, '.husky/pre-commit')).toBe('npx --no -- secret-hygiene scan --quiet --staged\n');
  });

  it('installs husky when the project has it, and the hook then blocks git commit -a', () => {
    const repo = makeRepo();
    repo.write('package.json', '{ "name": "demo", "private": true }\n');
    repo.write('app.env', 'NAME=demo\n');
    repo.commit('init');
    // As `npm install --save-dev secret-hygiene` would: the bin on node_modules/.bin, which husky puts on PATH.
    repo.write('node_modules/.bin/secret-hygiene', `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(path.join(repo.dir, 'node_modules/.bin/secret-hygiene'), 0o755);
    symlinkSync(HUSKY, path.join(repo.dir, 'node_modules', 'husky'));
    repo.write('.gitignore', 'node_modules/\n');

    const result = repo.cli(['init']);
    expect(result.stdout).toContain('installed husky (core.hooksPath=.husky/_)');
    expect(result.stdout).toContain('npm pkg set scripts.prepare=husky');
    expect(repo.git(['config', 'core.hooksPath'])).toBe('.husky/_');
    repo.git(['add', '-A']);
    repo.git(['commit', '-q', '-m', 'hook and config']);

    const before = repo.git(['rev-parse', 'HEAD']);
    repo.write('app.env', `NAME=demo\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(() => repo.git(['commit', '-q', '-a', '-m', 'leak'])).toThrow(/ibm-cloud-api-key/);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(before);
  });

  it('exits 2 outside a git work tree', () => {
    const repo = makeRepo({ init: false });
    expect(repo.cli(['init']).status).toBe(2);
  });
});
