import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, tempDir } from '../helpers/git-repo.js';

// A directory swapped for a symbolic link while the walk runs must not lead the scan out of the tree.
// The swap is made deterministic by the walk itself: meeting a nested repository (`<dir>/repo/.git`), the
// walk asks git for its ignore rules; a `git` first on PATH makes the swap at that moment, then runs git.

const gen = createGen(1616);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`;
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

afterAll(cleanupRepos);

/** A PATH whose `git` replaces `$SWAP` by a link to `$SWAP_TO` when run in `$SWAP_WHEN` (once), then runs git. */
function swappingGit(): string {
  const bin = tempDir('sh-bin-');
  writeFileSync(
    path.join(bin, 'git'),
    `#!/bin/sh
if [ "$(pwd -P)" = "$SWAP_WHEN" ] && [ ! -L "$SWAP" ]; then mv "$SWAP" "$SWAP.moved" && ln -s "$SWAP_TO" "$SWAP"; fi
exec '${REAL_GIT}' "$@"
`,
  );
  chmodSync(path.join(bin, 'git'), 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

/** A tree outside the scanned one, holding a key under the names the scanned tree uses. */
function outsideTree(): string {
  const outside = realpathSync(tempDir('sh-outside-'));
  writeFileSync(path.join(outside, 'creds.env'), key());
  writeFileSync(path.join(outside, 'z.env'), key());
  return outside;
}

describe('the walk never leaves the root', () => {
  it('a directory replaced by a link after its parent was listed is an error, not followed', () => {
    const outside = outsideTree();
    const tree = makeRepo({ init: false });
    const root = realpathSync(tree.dir);
    mkdirSync(path.join(root, 'a', 'repo'), { recursive: true });
    makeRepo({ dir: path.join(root, 'a', 'repo') });
    tree.write('z/inner.txt', 'nothing here\n');
    const r = tree.cli(['scan', '--format', 'json', '.'], {
      env: { PATH: swappingGit(), SWAP_WHEN: path.join(root, 'a', 'repo'), SWAP: path.join(root, 'z'), SWAP_TO: outside },
    });
    expect(r.status, r.stderr).toBe(2);
    const report = json(r);
    expect(report.findings).toEqual([]);
    expect(report.stats.errors).toEqual([{ path: 'z', message: expect.stringContaining('changed while the scan ran') }]);
  });

  it('a file whose directory was replaced by a link after the listing is an error, not read', () => {
    const outside = outsideTree();
    const tree = makeRepo({ init: false });
    const root = realpathSync(tree.dir);
    // b/ is listed (repo/, z.env); walking b/repo runs git, which swaps b; then b/z.env is opened.
    mkdirSync(path.join(root, 'b', 'repo'), { recursive: true });
    makeRepo({ dir: path.join(root, 'b', 'repo') });
    tree.write('b/z.env', 'NOTHING=here\n');
    const r = tree.cli(['scan', '--format', 'json', '.'], {
      env: { PATH: swappingGit(), SWAP_WHEN: path.join(root, 'b', 'repo'), SWAP: path.join(root, 'b'), SWAP_TO: outside },
    });
    expect(r.status, r.stderr).toBe(2);
    const report = json(r);
    expect(report.findings).toEqual([]);
    expect(report.stats.errors).toEqual([{ path: 'b/z.env', message: expect.stringContaining('changed while the scan ran') }]);
  });
});
