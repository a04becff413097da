import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

// Outside a git work tree nothing says what is the project's own: `scan .` walked node_modules and
// reported a package's own doc page. There, node_modules and .git are skipped by default, with a note in
// every format, and --no-default-ignores scans them.

const gen = createGen(1999);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`;

afterAll(cleanupRepos);

function downloadedTree() {
  const dir = makeRepo({ init: false });
  dir.write('app.env', key());
  dir.write('node_modules/some-sdk/docs/auth.md', `Set your key:\n\n    ${key()}`);
  dir.write('packages/web/node_modules/other/README.md', key());
  dir.write('.git/config', `[remote "origin"]\n\t${key()}`); // a copied .git that is no repository
  return dir;
}

const NOTE = '3 node_modules and .git directories outside a git work tree were not scanned (--no-default-ignores scans them)';

describe('outside a git work tree', () => {
  it('skips node_modules and .git, and says so in every format', () => {
    const dir = downloadedTree();
    const r = dir.cli(['scan', '--format', 'json', '.']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => f.path)).toEqual(['app.env']);
    expect(json(r).stats.notes).toEqual([NOTE]);
    expect(dir.cli(['scan', '.']).stdout).toContain(`note: ${NOTE}`);
    expect(dir.cli(['scan', '--format', 'github', '.']).stdout).toContain(`::notice title=secret-hygiene::${NOTE}`);
    const sarif = JSON.parse(dir.cli(['scan', '--format', 'sarif', '.']).stdout) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.map((n) => n.message.text)).toContain(NOTE);
  });

  it('scans them with --no-default-ignores', () => {
    const dir = downloadedTree();
    const r = dir.cli(['scan', '--format', 'json', '--no-default-ignores', '.']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => f.path)).toEqual(['.git/config', 'app.env', 'node_modules/some-sdk/docs/auth.md', 'packages/web/node_modules/other/README.md']);
    expect(json(r).stats.notes).toEqual([]);
  });
});

describe('inside a git work tree', () => {
  it('leaves node_modules to .gitignore, and never scans .git', () => {
    const repo = makeRepo();
    repo.write('node_modules/kept/a.env', key());
    repo.write('vendor/node_modules/dropped/b.env', key());
    repo.write('.gitignore', 'vendor/node_modules/\n');
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => f.path)).toEqual(['node_modules/kept/a.env']);
    expect(json(r).stats.notes).toEqual([]);
  });
});
