import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ScanError } from '../../src/errors.js';
import { gitRunner } from '../../src/sources/git.js';
import { LOG_FORMAT, LogParser, type LogCommit } from '../../src/sources/git-log-parser.js';
import { EXACT_RENAMES, mayHaveInexactRenames, RenameReader } from '../../src/sources/git-renames.js';
import { cleanupRepos, makeRepo, type Repo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

const lines = (name: string, edit = '') => Array.from({ length: 40 }, (_, i) => `${name} line ${i}${i === 20 ? edit : ''}\n`).join('');

function log(repo: Repo, renames: string): LogCommit[] {
  const out = execFileSync('git', ['log', '-z', '--raw', '--no-abbrev', '-c', renames, '--root', '--reverse', '--all', LOG_FORMAT], { cwd: repo.dir });
  const parser = new LogParser();
  return [...parser.push(out), ...parser.end()];
}

/**
 * A history with every kind of rename: exact and inexact, alone and beside other adds and deletes, in a
 * merge against either parent; and paths that look like the line that ends an answer.
 */
function renamingRepo(): Repo {
  const repo = makeRepo();
  for (const name of ['a.txt', 'b.txt', 'c.txt', 'end', 'end\nx', ':odd name']) repo.write(name, lines(name));
  repo.commit('base');
  repo.git(['mv', 'a.txt', 'a2.txt']);
  repo.commit('exact rename');
  repo.git(['mv', 'b.txt', 'end\nb']);
  repo.write('end\nb', lines('b.txt', ' edited'));
  repo.write('new.txt', 'new\n');
  repo.git(['rm', '-q', 'c.txt']);
  repo.commit('inexact rename, an add and a delete');
  repo.git(['checkout', '-q', '-b', 'side']);
  repo.git(['mv', 'end', 'end2']);
  repo.write('end2', lines('end', ' side'));
  repo.commit('inexact rename on the side');
  repo.git(['checkout', '-q', 'main']);
  repo.write('end', lines('end', ' main'));
  repo.write('end\nx', lines('end\nx', ' main'));
  repo.commit('edit on main');
  expect(() => repo.git(['merge', 'side'])).toThrow();
  repo.write('end2', lines('end', ' both'));
  repo.write('end\nx', lines('end\nx', ' merged'));
  repo.commit('merge');
  return repo;
}

describe('RenameReader', () => {
  it('gives, with exact renames in the log and the rest asked again, the entries of git log -M', async () => {
    const repo = renamingRepo();
    const full = log(repo, '-M');
    const exact = log(repo, EXACT_RENAMES);
    const asked = exact.filter(mayHaveInexactRenames);
    // The inexact renames: one in a plain commit, one against each parent of the merge.
    expect(asked.map((c) => c.message.trim())).toEqual(['inexact rename, an add and a delete', 'inexact rename on the side', 'merge']);
    expect(full.at(-1)?.entries.map((e) => e.status)).toEqual(['MM', 'RM']);
    const reader = new RenameReader(gitRunner(repo.dir));
    try {
      const merged = [];
      for (const commit of exact) merged.push(mayHaveInexactRenames(commit) ? { ...commit, entries: await reader.entries(commit.sha) } : commit);
      expect(merged).toEqual(full);
    } finally {
      await reader.close();
    }
  });

  it("answers for a root commit too (its entries, all added), though history never needs to ask", async () => {
    const repo = renamingRepo();
    const root = repo.git(['rev-list', '--max-parents=0', 'HEAD']);
    const reader = new RenameReader(gitRunner(repo.dir));
    try {
      expect((await reader.entries(root)).map((e) => e.status)).toEqual(['A', 'A', 'A', 'A', 'A', 'A']);
    } finally {
      await reader.close();
    }
  });

  it('fails the question, not the scan silently, for a commit git cannot answer, and after git is gone', async () => {
    const repo = renamingRepo();
    const reader = new RenameReader(gitRunner(repo.dir));
    await expect(reader.entries('0'.repeat(40))).rejects.toBeInstanceOf(ScanError);
    reader.kill();
    await expect(reader.entries(repo.git(['rev-parse', 'HEAD']))).rejects.toBeInstanceOf(ScanError);
  });
});
