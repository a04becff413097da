import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_FORMAT, LogParser, parseRawMeta } from '../../src/sources/git-log-parser.js';
import { cleanupRepos, makeRepo, mergeAcrossRename } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

describe('LogParser', () => {
  it('gives the same commits however the output is cut into pieces', () => {
    const repo = makeRepo();
    repo.write('a b.txt', 'one\n');
    repo.write('tab\tname', 'x\n');
    repo.commit('first\n\nwith a body\n');
    repo.git(['mv', 'a b.txt', 'c.txt']);
    repo.commit('second');
    repo.git(['checkout', '-q', '-b', 'side']);
    repo.write('c.txt', 'one\nside\n');
    repo.commit('side');
    repo.git(['checkout', '-q', 'main']);
    repo.write('c.txt', 'one\nmain\n');
    repo.commit('main');
    try {
      repo.git(['merge', 'side']);
    } catch {
      repo.write('c.txt', 'one\nresolved\n');
    }
    repo.commit('merge');
    repo.commit('nothing changed'); // no raw entries at all, last in the output
    const out = execFileSync('git', ['log', '-z', '--raw', '--no-abbrev', '-c', '-M', '--root', '--reverse', LOG_FORMAT], { cwd: repo.dir });

    const whole = new LogParser();
    const all = [...whole.push(out), ...whole.end()];
    const bytewise = new LogParser();
    const pieces = [];
    for (let i = 0; i < out.length; i++) pieces.push(...bytewise.push(out.subarray(i, i + 1)));
    pieces.push(...bytewise.end());
    expect(pieces).toEqual(all);

    expect(all.map((c) => [c.message.trim(), c.entries.map((e) => [e.status.replace(/\d+/, ''), e.fromPath ?? null, e.path])])).toEqual([
      ['first\n\nwith a body', [['A', null, 'a b.txt'], ['A', null, 'tab\tname']]],
      ['second', [['R', 'a b.txt', 'c.txt']]],
      ['side', [['M', null, 'c.txt']]],
      ['main', [['M', null, 'c.txt']]],
      ['merge', [['MM', null, 'c.txt']]],
      ['nothing changed', []],
    ]);
    expect(all[0]).toMatchObject({ author: 'Ada Author', email: 'ada@example.com', date: '2024-01-01T00:01:00+00:00' });
    expect(all[4]?.entries[0]?.srcShas).toHaveLength(2);
  });

  it("reads a merge's entry renamed against a parent, which names one path, and what follows it", () => {
    const repo = makeRepo();
    const merge = mergeAcrossRename(repo, { path: 'z.txt', base: 'one\n', side: 'side\n', main: 'main\n', resolved: 'resolved\n' });
    repo.write('c.txt', 'after\n');
    const after = repo.commit('after');
    const out = execFileSync('git', ['log', '-z', '--raw', '--no-abbrev', '-c', '-M', '--root', '--reverse', LOG_FORMAT], { cwd: repo.dir });
    const parser = new LogParser();
    const [mergeCommit, afterCommit] = [...parser.push(out), ...parser.end()].slice(-2);
    // `RM`: renamed against the first parent (main still has a.txt), modified against the second.
    expect(mergeCommit?.entries.map((e) => [e.status, e.fromPath ?? null, e.path])).toEqual([
      ['RM', null, 'b.txt'],
      ['MM', null, 'z.txt'],
    ]);
    expect([mergeCommit?.sha, afterCommit?.sha, afterCommit?.message.trim(), afterCommit?.author]).toEqual([merge, after, 'after', 'Ada Author']);
  });
});

describe('parseRawMeta', () => {
  it('reads plain and combined entries', () => {
    const z = '0'.repeat(40);
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    expect(parseRawMeta(`\n:000000 100644 ${z} ${a} A`)).toEqual({ srcModes: ['000000'], dstMode: '100644', srcShas: [z], dstSha: a, status: 'A' });
    expect(parseRawMeta(`::100644 100644 100644 ${a} ${b} ${a} MM`)).toEqual({
      srcModes: ['100644', '100644'],
      dstMode: '100644',
      srcShas: [a, b],
      dstSha: a,
      status: 'MM',
    });
    expect(parseRawMeta('not raw')).toBeUndefined();
  });
});
