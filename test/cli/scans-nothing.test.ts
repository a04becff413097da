import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, tempDir } from '../helpers/git-repo.js';

// A run that scanned nothing must not say "✔ no secrets found": named FIFOs, devices and links out of the
// root did, and so did a sparse checkout, whose files outside the cone are not on disk.

const gen = createGen(1818);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`;

afterAll(cleanupRepos);

describe('an argument that cannot be scanned', () => {
  it('stops the run with exit code 2 and says why, for FIFOs, devices and links out of the root', () => {
    const dir = makeRepo({ init: false });
    dir.write('a.env', key());
    execFileSync('mkfifo', [path.join(dir.dir, 'pipe')]);
    symlinkSync(tempDir('sh-elsewhere-'), path.join(dir.dir, 'elsewhere'));
    const cases: Array<[string, RegExp]> = [
      ['pipe', /^secret-hygiene: cannot scan pipe: it is a FIFO \(named pipe\), not a regular file/],
      ['/dev/null', /^secret-hygiene: cannot scan \/dev\/null: it is a character device, not a regular file/],
      ['elsewhere', /^secret-hygiene: cannot scan elsewhere: it is a symbolic link to \/.*, outside the root, which is not followed/],
    ];
    for (const [arg, said] of cases) {
      const r = dir.cli(['scan', 'a.env', arg]);
      expect(r.status, arg).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(said);
    }
  });
});

describe('a sparse checkout', () => {
  it('gets a note, in every format, for the paths outside the cone it did not scan', () => {
    const repo = makeRepo();
    repo.write('top.txt', 'hello\n');
    repo.write('a/kept.txt', 'nothing\n');
    repo.write('b/one.env', key());
    repo.write('b/deep/two.env', key());
    repo.commit('init');
    repo.git(['sparse-checkout', 'set', 'a']);
    const note = '2 paths outside the sparse cone were not scanned (not in the work tree: `scan --staged` and `history` read them from git)';
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(json(r).stats.notes).toEqual([note]);
    expect(repo.cli(['scan']).stdout).toContain(`note: ${note}`);
    expect(repo.cli(['scan', '--format', 'github']).stdout).toContain(`::notice title=secret-hygiene::${note}`);
    expect(repo.cli(['scan', '--format', 'sarif']).stdout).toContain(JSON.stringify(note).slice(1, -1));
    // history reads them from git
    expect(repo.cli(['history']).status).toBe(1);
  });
});
