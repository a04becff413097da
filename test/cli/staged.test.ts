import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { BIN, cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

const gen = createGen(4242);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}`;
const lines = (n: number, word = 'line'): string[] => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`);
const staged = (repo: ReturnType<typeof makeRepo>) => repo.cli(['scan', '--staged', '--format', 'json']);

afterAll(cleanupRepos);

describe('scan --staged reads the index, not the work tree', () => {
  it('catches a key that is staged and then removed from the work tree only', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('init');
    repo.write('.env', `${key()}\n`);
    repo.git(['add', '.env']);
    rmSync(path.join(repo.dir, '.env'));
    const result = staged(repo);
    expect(result.status).toBe(1);
    expect(json(result).findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['.env', 1, 'ibm-cloud-api-key']]);
  });

  it('ignores a key that is only in the work tree', () => {
    const repo = makeRepo();
    repo.write('app.env', 'NAME=demo\n');
    repo.commit('init');
    repo.git(['add', 'app.env']);
    repo.write('app.env', `NAME=demo\n${key()}\n`);
    repo.write('notes.txt', 'staged, harmless\n');
    repo.git(['add', 'notes.txt']);
    const result = staged(repo);
    expect(result.status).toBe(0);
    expect(json(result).findings).toEqual([]);
  });

  it('judges a partially staged file (git add -p) by its staged hunks only', () => {
    const repo = makeRepo();
    const base = lines(20);
    repo.write('config.ini', `${base.join('\n')}\n`);
    repo.commit('init');
    const changed = [...base];
    changed[1] = key();
    changed[17] = 'line 18, edited';
    repo.write('config.ini', `${changed.join('\n')}\n`);

    repo.git(['add', '-p', 'config.ini'], { input: 'n\ny\n' }); // stage only the harmless hunk
    expect(repo.git(['diff', '--cached', '--stat'])).toContain('config.ini');
    const harmless = staged(repo);
    expect(harmless.status).toBe(0);

    repo.git(['reset', '-q']);
    repo.git(['add', '-p', 'config.ini'], { input: 'y\nn\n' }); // stage only the key's hunk
    const leaking = staged(repo);
    expect(leaking.status).toBe(1);
    expect(json(leaking).findings.map((f) => [f.path, f.line])).toEqual([['config.ini', 2]]);
  });

  it('reports only lines the commit adds, with context from the staged blob', () => {
    const repo = makeRepo();
    const old = gen.ibmKey();
    repo.write('settings.py', `IBMCLOUD_API_KEY = "${old}"\nDEBUG = False\n`);
    repo.commit('existing debt');
    // A keyword on the line above an added value counts as context; the old key on an unchanged line does not count.
    repo.write('settings.py', `IBMCLOUD_API_KEY = "${old}"\nDEBUG = True\napikey = (\n  "${gen.ibmKey()}"\n)\n`);
    repo.git(['add', '.']);
    const result = staged(repo);
    expect(json(result).findings.map((f) => [f.path, f.line])).toEqual([['settings.py', 4]]);
  });

  it('handles the first commit of a repository (no HEAD)', () => {
    const repo = makeRepo();
    repo.write('deploy/creds.env', `${key()}\n`);
    repo.git(['add', '.']);
    const result = staged(repo);
    expect(result.status).toBe(1);
    const report = json(result);
    expect(report.findings.map((f) => f.path)).toEqual(['deploy/creds.env']);
    expect(report.stats.notes).toContain('first commit: every staged line is new');
  });

  it('does not report a pure rename, and reports what a rename adds', () => {
    const repo = makeRepo();
    repo.write('old.env', `${key()}\n`);
    repo.commit('debt');
    repo.git(['mv', 'old.env', 'new.env']);
    expect(staged(repo).status).toBe(0);

    repo.write('new.env', `${key()}\n${key()}\n`.replace(/^.*\n/, `${repo.git(['show', ':new.env'])}\n`));
    repo.git(['add', 'new.env']);
    expect(repo.git(['diff', '--cached', '--name-status', '-M'])).toMatch(/^R\d+\told\.env\tnew\.env$/);
    const result = staged(repo);
    expect(json(result).findings.map((f) => [f.path, f.line])).toEqual([['new.env', 2]]);
  });

  it('skips deletions, binary blobs and submodules, and lists what it skipped; scans blobs of any size', () => {
    const repo = makeRepo();
    repo.write('gone.env', `${key()}\n`);
    repo.commit('debt');
    repo.git(['rm', '-q', 'gone.env']);
    repo.write('image.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(key())]));
    repo.write('big.env', `${key()}\n${'x'.repeat(4096)}\n`);
    repo.git(['add', '.']);
    repo.git(['update-index', '--add', '--cacheinfo', `160000,${repo.git(['rev-parse', 'HEAD'])},vendor/lib`]);
    const result = repo.cli(['scan', '--staged', '--format', 'json', '--max-file-size', '1k']);
    const report = json(result);
    expect(result.status).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line])).toEqual([['big.env', 1]]);
    expect(report.stats.skipped).toEqual({ binary: 1, files: [{ path: 'vendor/lib', reason: 'submodule' }] });
  });

  it('judges a merge by its resolution, not by what either side brought', () => {
    const repo = makeRepo();
    repo.write('app.env', 'A=1\n');
    repo.commit('init');
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('app.env', `A=2\n${key()}\n`);
    repo.commit('feature key');
    repo.git(['checkout', '-q', 'main']);
    repo.write('app.env', 'A=3\n');
    repo.commit('main change');
    expect(() => repo.git(['merge', 'feature'])).toThrow();
    const theirs = repo.git(['show', 'feature:app.env']).split('\n')[1];
    repo.write('app.env', `A=4\n${theirs}\napikey: ${gen.ibmKey()}\n`);
    repo.git(['add', 'app.env']);
    const result = staged(repo);
    const report = json(result);
    expect(report.findings.map((f) => [f.path, f.line])).toEqual([['app.env', 3]]);
    expect(report.stats.notes.join('\n')).toMatch(/merge in progress/);
  });

  it('exits 2 outside a git work tree', () => {
    const repo = makeRepo({ init: false });
    const result = repo.cli(['scan', '--staged']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not inside a git work tree/);
  });
});

describe('through a real pre-commit hook', () => {
  const withHook = () => {
    const repo = makeRepo();
    repo.write('app.env', 'NAME=demo\n');
    repo.commit('init');
    const hook = path.join(repo.dir, '.git', 'hooks', 'pre-commit');
    repo.write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${BIN}" scan --staged\n`);
    chmodSync(hook, 0o755);
    return repo;
  };
  const commit = (repo: ReturnType<typeof makeRepo>, args: string[]) => {
    try {
      repo.git(['commit', '-q', ...args]);
      return 0;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };

  it('blocks git commit -a when the work tree change holds a key', () => {
    const repo = withHook();
    const before = repo.git(['rev-parse', 'HEAD']);
    repo.write('app.env', `NAME=demo\n${key()}\n`);
    expect(commit(repo, ['-a', '-m', 'leak'])).not.toBe(0);
    expect(repo.git(['rev-parse', 'HEAD'])).toBe(before);
  });

  it('blocks git commit <path> (a partial commit) and lets a clean commit through', () => {
    const repo = withHook();
    repo.write('app.env', `NAME=demo\n${key()}\n`);
    expect(commit(repo, ['-m', 'leak', 'app.env'])).not.toBe(0);
    repo.write('notes.txt', 'clean\n');
    repo.git(['add', 'notes.txt']);
    expect(commit(repo, ['-m', 'clean'])).toBe(0);
    expect(repo.git(['show', '--name-only', '--format=', 'HEAD'])).toBe('notes.txt');
  });
});
