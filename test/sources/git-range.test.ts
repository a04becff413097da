import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitRunner } from '../../src/sources/git.js';
import { entryAtRevision, readAtRevision } from '../../src/sources/git-range.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

describe('a settings file at a revision', () => {
  it('is listed with its blob and size by one ls-tree, and read only when asked and small enough', async () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '{"ignore": []}\n');
    symlinkSync('/etc/hostname', path.join(repo.dir, 'link.json'));
    repo.write('dir/x', 'x\n');
    const sha = repo.commit('settings');
    const git = gitRunner(repo.dir);

    const entry = await entryAtRevision(git, sha, '.secret-hygiene.json');
    expect(entry).toEqual({ kind: 'file', blob: repo.git(['rev-parse', `${sha}:.secret-hygiene.json`]), bytes: 15 });
    expect(await readAtRevision(git, entry, 1024)).toMatchObject({ kind: 'file', text: '{"ignore": []}\n' });
    expect(await readAtRevision(git, entry, 14)).toEqual({ kind: 'too-large', bytes: 15 });
    expect(await entryAtRevision(git, sha, 'link.json')).toEqual({ kind: 'not-a-file', mode: '120000' });
    expect(await entryAtRevision(git, sha, 'dir')).toEqual({ kind: 'not-a-file', mode: '040000' });
    expect(await entryAtRevision(git, sha, 'missing.json')).toEqual({ kind: 'absent' });
  });
});
