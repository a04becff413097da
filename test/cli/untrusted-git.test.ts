import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, tempDir, type Repo } from '../helpers/git-repo.js';

// A repository's own config names commands that git runs for it. Scanning a tree that holds such a
// repository (a download, a nested repository, a pull request's clone) must run none of them: each vector
// below leaves a file in `marks` when it runs.

const gen = createGen(8080);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}`;

afterAll(cleanupRepos);

/** Every hook git knows (githooks(5)): none may run. */
const HOOKS = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit', 'prepare-commit-msg', 'commit-msg',
  'post-commit', 'pre-rebase', 'post-checkout', 'post-merge', 'pre-push', 'pre-receive', 'update', 'proc-receive', 'post-receive',
  'post-update', 'reference-transaction', 'push-to-checkout', 'pre-auto-gc', 'post-rewrite', 'sendemail-validate',
  'fsmonitor-watchman', 'p4-changelist', 'p4-prepare-changelist', 'p4-post-changelist', 'p4-pre-submit', 'post-index-change',
];

/** A shell command that leaves `marks/<name>` and fails (`#` comments out what git appends). */
const mark = (marks: string, name: string, then = 'false'): string => `touch '${path.join(marks, name)}'; ${then} #`;

/**
 * A repository with a committed key, a staged key and, set only after git was last run to build it, every
 * command-running setting: filters, diff drivers, an external diff, fsmonitor, hooks (both places), a pager,
 * and a signature that `log.showSignature` would hand to `gpg.program`.
 */
function hostileRepo(marks: string, dir?: string): Repo {
  if (dir) mkdirSync(dir);
  const repo = makeRepo(dir ? { dir } : {});
  repo.write('.gitattributes', '* filter=evil diff=evil merge=evil\n');
  repo.write('app.env', `${key()}\n`);
  const head = repo.commit('init');
  // A commit with a (fake) signature: verifying it would run gpg.program.
  const tree = repo.git(['rev-parse', 'HEAD^{tree}']);
  const signed = repo.git(['hash-object', '-t', 'commit', '-w', '--stdin'], {
    input: `tree ${tree}\nparent ${head}\nauthor A <a@example.com> 1704067200 +0000\ncommitter A <a@example.com> 1704067200 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\nsigned\n`,
  });
  repo.git(['update-ref', 'refs/heads/main', signed]);
  repo.write('staged.env', `${key()}\n`);
  repo.git(['add', 'staged.env']);
  repo.write('app.env', `${key()}\n`); // a work-tree change: anything that compared it would run the clean filter

  const hooks = path.join(repo.dir, '.evil-hooks');
  mkdirSync(hooks);
  for (const hook of HOOKS) {
    for (const at of [hooks, path.join(repo.dir, '.git', 'hooks')]) {
      writeFileSync(path.join(at, hook), `#!/bin/sh\ntouch '${path.join(marks, `hook-${hook}`)}'\n`);
      chmodSync(path.join(at, hook), 0o755);
    }
  }
  const settings: Array<[string, string]> = [
    ['core.fsmonitor', mark(marks, 'fsmonitor')],
    ['core.hooksPath', hooks],
    ['filter.evil.clean', mark(marks, 'filter-clean', 'cat')],
    ['filter.evil.smudge', mark(marks, 'filter-smudge', 'cat')],
    ['filter.evil.process', mark(marks, 'filter-process')],
    ['diff.evil.textconv', mark(marks, 'textconv', 'cat')],
    ['diff.evil.command', mark(marks, 'diff-command')],
    ['diff.external', mark(marks, 'diff-external')],
    ['core.pager', mark(marks, 'pager', 'cat')],
    ['log.showSignature', 'true'],
    ['gpg.program', path.join(hooks, 'pre-commit')],
    ['core.untrackedCache', 'true'],
  ];
  for (const [name, value] of settings) repo.git(['config', name, value]);
  return repo;
}

const marksLeft = (marks: string): string[] => readdirSync(marks).sort();

describe("git run by the scanner runs none of the scanned repository's commands", () => {
  it('scan: walking into a nested repository (its ignore rules are asked of git)', () => {
    const marks = tempDir('sh-marks-');
    const outer = tempDir('sh-untrusted-');
    hostileRepo(marks, path.join(outer, 'nested'));
    const runner = makeRepo({ init: false, dir: outer });
    const r = runner.cli(['scan', '--format', 'json', '.']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => f.path).sort()).toEqual(['nested/app.env', 'nested/staged.env']);
    expect(marksLeft(marks)).toEqual([]);
  });

  it('scan --staged and history in such a repository', () => {
    const marks = tempDir('sh-marks-');
    const repo = hostileRepo(marks);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(json(staged).findings.map((f) => f.path)).toEqual(['staged.env']);
    const history = repo.cli(['history', '--format', 'json']);
    expect(history.status, history.stderr).toBe(1);
    expect(json(history).findings.map((f) => f.path)).toEqual(['app.env']);
    expect(marksLeft(marks)).toEqual([]);
  });

  it("history of a partial clone: a missing blob is an error, never a fetch through the repository's transport settings", () => {
    const marks = tempDir('sh-marks-');
    const origin = makeRepo();
    origin.write('app.env', `${key()}\n`);
    origin.commit('key');
    origin.write('app.env', 'NAME=demo\n');
    origin.commit('remove the key');
    origin.git(['config', 'uploadpack.allowFilter', 'true']);
    const clone = makeRepo({ init: false });
    clone.git(['clone', '-q', '--filter=blob:none', `file://${origin.dir}`, '.']);
    const settings: Array<[string, string]> = [
      ['remote.origin.url', 'ssh://git.example.invalid/repo.git'],
      ['core.sshCommand', mark(marks, 'ssh-command')],
      ['core.gitProxy', mark(marks, 'git-proxy')],
      ['credential.helper', `!${mark(marks, 'credential-helper')}`],
      ['protocol.allow', 'always'],
      ['protocol.ssh.allow', 'always'],
    ];
    for (const [name, value] of settings) clone.git(['config', name, value]);
    const overSsh = clone.cli(['history', '--format', 'json']);
    expect(overSsh.status).toBe(2);
    expect(overSsh.stderr).toMatch(/^secret-hygiene: git cat-file failed: .*could not fetch [0-9a-f]{40} from promisor remote\n$/);
    expect(marksLeft(marks)).toEqual([]);

    // A remote helper that runs any command, allowed by the repository's own config.
    clone.git(['config', 'remote.origin.url', `ext::sh -c touch% ${path.join(marks, 'ext-helper')}`]);
    clone.git(['config', 'protocol.ext.allow', 'always']);
    expect(clone.cli(['history', '--format', 'json']).status).toBe(2);
    expect(marksLeft(marks)).toEqual([]);
  });
});
