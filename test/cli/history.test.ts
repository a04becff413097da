import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, mergeAcrossRename, tempDir, type Repo } from '../helpers/git-repo.js';

const gen = createGen(777);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}`;
const history = (repo: Repo, ...args: string[]) => repo.cli(['history', '--format', 'json', ...args]);
/** What a user must be told about each finding: where, and which commit introduced it, by whom and when. */
const attributed = (repo: Repo, ...args: string[]) =>
  json(history(repo, ...args)).findings.map((f) => ({ path: f.path, line: f.line, commit: f.commit }));
const who = (repo: Repo, sha: string, author = 'Ada Author') => ({
  sha,
  author,
  email: author === 'Ada Author' ? 'ada@example.com' : `${author.toLowerCase()}@example.com`,
  date: repo.git(['show', '-s', '--format=%aI', sha]),
});

afterAll(cleanupRepos);

describe('history', () => {
  it('credits a key added and removed in the next commit to the commit that added it', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hi\n');
    repo.commit('init');
    repo.write('.env', `A=1\n${key()}\n`);
    const added = repo.commit('add env', { author: 'Mallory' });
    repo.write('.env', 'A=1\n');
    repo.commit('oops, remove it');
    const result = history(repo);
    expect(result.status).toBe(1);
    expect(attributed(repo)).toEqual([{ path: '.env', line: 2, commit: who(repo, added, 'Mallory') }]);
    expect(json(result).stats.commits).toBe(3);
  });

  it('finds a key in a file deleted later', () => {
    const repo = makeRepo();
    repo.write('deploy/creds.env', `${key()}\n`);
    const added = repo.commit('creds');
    repo.commit('unrelated');
    repo.git(['rm', '-q', 'deploy/creds.env']);
    repo.commit('delete creds');
    expect(attributed(repo)).toEqual([{ path: 'deploy/creds.env', line: 1, commit: who(repo, added) }]);
  });

  it('covers a branch never merged and a commit reachable only from a tag', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit('init');
    repo.git(['checkout', '-q', '-b', 'experiment']);
    repo.write('exp.env', `${key()}\n`);
    const onBranch = repo.commit('experiment');
    repo.git(['checkout', '-q', '--detach', 'main']);
    repo.write('rel.env', `${key()}\n`);
    const tagged = repo.commit('release build');
    repo.git(['tag', '-a', 'v1.0', '-m', 'v1.0']);
    repo.git(['checkout', '-q', 'main']);
    expect(attributed(repo)).toEqual([
      { path: 'exp.env', line: 1, commit: who(repo, onBranch) },
      { path: 'rel.env', line: 1, commit: who(repo, tagged) },
    ]);
    // HEAD alone sees neither.
    expect(history(repo, 'HEAD').status).toBe(0);
  });

  it('scans commit messages as (commit-message)', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit('init');
    const leaky = repo.commit(`deploy with\n\nibmcloud login --apikey ${gen.ibmKey()}\n`);
    expect(attributed(repo)).toEqual([{ path: '(commit-message)', line: 3, commit: who(repo, leaky) }]);
  });

  it('finds a key pasted into a commit message in prose, and credits it to that commit', () => {
    const repo = makeRepo();
    repo.write('a.txt', 'a\n');
    repo.commit('init');
    const leaky = repo.commit(`Rotate the deploy credentials\n\nThe old key was ${gen.ibmKey()} and it is revoked now.\n`);
    repo.commit(`Pin the lockfile\n\nThe integrity hash is now ${gen.ibmKey()}.\n`);
    expect(attributed(repo)).toEqual([{ path: '(commit-message)', line: 3, commit: who(repo, leaky) }]);
  });

  it('credits a merged key to its branch commit, and a key the resolution adds to the merge', () => {
    const repo = makeRepo();
    repo.write('app.env', 'A=1\n');
    repo.commit('init');
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('app.env', `A=2\n${key()}\n`);
    const feature = repo.commit('feature key', { author: 'Fay' });
    repo.git(['checkout', '-q', 'main']);
    repo.write('app.env', 'A=3\n');
    repo.commit('main change');
    expect(() => repo.git(['merge', 'feature'])).toThrow();
    const theirs = repo.git(['show', 'feature:app.env']).split('\n')[1];
    repo.write('app.env', `A=4\n${theirs}\napikey: ${gen.ibmKey()}\n`);
    const merge = repo.commit('merge feature');
    expect(repo.git(['rev-list', '--parents', '-n1', 'HEAD']).split(' ')).toHaveLength(3);
    expect(attributed(repo)).toEqual([
      { path: 'app.env', line: 2, commit: who(repo, feature, 'Fay') },
      { path: 'app.env', line: 3, commit: who(repo, merge) },
    ]);
  });

  it('finds a key the resolution adds beside a file one side renamed, and credits the commits after the merge', () => {
    const repo = makeRepo();
    const merge = mergeAcrossRename(repo, { path: 'z.env', base: 'A=1\n', side: 'A=2\n', main: 'A=3\n', resolved: `A=4\n${key()}\n` });
    // The merge's entry for b.txt is renamed against its first parent: `RM`, with one path.
    expect(repo.git(['log', '-1', '--raw', '-c', '-M', '--format=', merge])).toMatch(/ RM\tb\.txt/);
    repo.write('later.env', `${key()}\n`);
    const later = repo.commit('later', { author: 'Lee' });
    expect(attributed(repo)).toEqual([
      { path: 'later.env', line: 1, commit: who(repo, later, 'Lee') },
      { path: 'z.env', line: 2, commit: who(repo, merge) },
    ]);
  });

  it("finds keys outside the directory it runs from, whatever the repository's diff.relative says", () => {
    const repo = makeRepo();
    repo.write('sub/readme.txt', 'hi\n');
    repo.write('top.env', `${key()}\n`);
    const added = repo.commit('key at the top');
    repo.git(['config', 'diff.relative', 'true']);
    const fromSub = json(repo.cli(['history', '--format', 'json'], { cwd: path.join(repo.dir, 'sub') }));
    expect(fromSub.findings.map((f) => ({ path: f.path, commit: f.commit }))).toEqual([{ path: 'top.env', commit: who(repo, added) }]);
  });

  it('finds a key whose blob a replace ref shows as clean, or whose commit a graft cuts out of the history', () => {
    const replaced = makeRepo();
    replaced.write('app.env', `${key()}\n`);
    const added = replaced.commit('key');
    const clean = replaced.git(['hash-object', '-w', '--stdin'], { input: 'NAME=demo\n' });
    replaced.git(['replace', replaced.git(['rev-parse', 'HEAD:app.env']), clean]);
    expect(replaced.git(['show', 'HEAD:app.env'])).toBe('NAME=demo'); // what git shows, unless told not to
    expect(attributed(replaced)).toEqual([{ path: 'app.env', line: 1, commit: who(replaced, added) }]);

    const grafted = makeRepo();
    grafted.write('app.env', `${key()}\n`);
    const before = grafted.commit('key');
    grafted.write('app.env', 'NAME=demo\n');
    grafted.commit('remove the key');
    // The tip alone, as if it had no parent.
    writeFileSync(path.join(grafted.dir, '.git', 'info', 'grafts'), `${grafted.git(['rev-parse', 'HEAD'])}\n`);
    expect(grafted.git(['rev-list', '--count', '--all'])).toBe('1');
    expect(attributed(grafted)).toEqual([{ path: 'app.env', line: 1, commit: who(grafted, before) }]);
  });

  it('reads every file of a commit that adds tens of thousands, which it plans a few thousand at a time', () => {
    const repo = makeRepo();
    const note = repo.git(['hash-object', '-w', '--stdin'], { input: 'a note\n' });
    const keyBlob = repo.git(['hash-object', '-w', '--stdin'], { input: `${key()}\n` });
    const files = 20_000;
    // The key's file comes last in the tree (`z.env`), so that it is planned after every stop.
    const listing = Array.from({ length: files }, (_, i) => `100644 blob ${note}\tn${i}.txt\n`).join('') + `100644 blob ${keyBlob}\tz.env\n`;
    const tree = repo.git(['mktree'], { input: listing });
    const commit = repo.git(['commit-tree', tree, '-m', 'vendor everything'], { env: { GIT_AUTHOR_NAME: 'Ada Author', GIT_AUTHOR_EMAIL: 'ada@example.com' } });
    repo.git(['update-ref', 'refs/heads/main', commit]);
    const result = json(history(repo));
    expect(result.stats.files).toBe(files + 1);
    expect(result.findings.map((f) => ({ path: f.path, line: f.line, commit: f.commit }))).toEqual([{ path: 'z.env', line: 1, commit: who(repo, commit) }]);
  });

  it('reports a key carried into a renamed file by a merge once, whichever parent renamed the file', () => {
    for (const into of ['secret', 'rename']) {
      const repo = makeRepo();
      const lines = Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join('');
      repo.write('old.py', lines);
      repo.commit('base');
      repo.git(['checkout', '-q', '-b', 'rename']);
      repo.git(['mv', 'old.py', 'new.py']);
      repo.write('new.py', `${lines}print(1)\n`);
      repo.commit('rename');
      repo.git(['checkout', '-q', 'main']);
      repo.git(['checkout', '-q', '-b', 'secret']);
      repo.write('old.py', `apikey = "${gen.ibmKey()}"\n${lines}`);
      const added = repo.commit('secret');
      repo.git(['checkout', '-q', into]);
      repo.git(['merge', '-q', '--no-edit', into === 'secret' ? 'rename' : 'secret']);
      // Renamed against the first parent (`RM`) or the second (`MR`).
      expect(repo.git(['log', '-1', '--raw', '-c', '-M', '--format=']), into).toMatch(into === 'secret' ? / RM\tnew\.py/ : / MR\tnew\.py/);
      expect(attributed(repo), into).toEqual([{ path: 'old.py', line: 1, commit: who(repo, added) }]);
    }
  });

  it('reads a file a rule reads whole even when its bytes were met before at another path', () => {
    const repo = makeRepo();
    // Not ASCII, and alone in the file: a key only in a file named for one.
    const body = `\u00a0${gen.ibmKey()}\n`;
    repo.write('data.conf', body);
    repo.commit('data');
    repo.write('env-files/apikey', body);
    const keyFile = repo.commit('key file');
    expect(attributed(repo)).toEqual([{ path: 'env-files/apikey', line: 1, commit: who(repo, keyFile) }]);
  });

  it("finds renames whatever the repository's diff.renameLimit says", () => {
    const repo = makeRepo();
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join('');
    repo.write('one.env', `${key()}\n${lines}`);
    repo.write('two.env', `${key()}\n${lines}`);
    const added = repo.commit('keys');
    // Renamed and edited under other names, so that git must score them (a same name would pair them alone).
    for (const [from, to] of [['one.env', 'uno.env'], ['two.env', 'dos.env']] as const) {
      repo.git(['mv', from, to]);
      repo.write(to, `${repo.git(['show', `HEAD:${from}`])}\nedited\n`);
    }
    repo.commit('rename and edit');
    // With a limit of 1, git gives up scoring two renames: each moved key would be new at its new path.
    repo.git(['config', 'diff.renameLimit', '1']);
    expect(attributed(repo)).toEqual([
      { path: 'one.env', line: 1, commit: who(repo, added) },
      { path: 'two.env', line: 1, commit: who(repo, added) },
    ]);
  });

  it('reports a renamed key once, where it was introduced, and what a rename adds at the new path', () => {
    const repo = makeRepo();
    repo.write('old/creds.env', `${key()}\n`);
    const added = repo.commit('creds');
    repo.git(['mv', 'old/creds.env', 'creds.env']);
    repo.commit('move');
    repo.write('creds.env', `${repo.git(['show', 'HEAD:creds.env'])}\nX=1\nY=2\n`);
    repo.commit('edit after the move');
    repo.git(['mv', 'creds.env', 'prod.env']);
    repo.write('prod.env', `${repo.git(['show', 'HEAD:creds.env'])}\n${key()}\n`);
    const renamedWithKey = repo.commit('rename and add a key');
    expect(repo.git(['show', '--name-status', '-M', '--format=', 'HEAD'])).toMatch(/^R\d+/);
    expect(attributed(repo)).toEqual([
      { path: 'old/creds.env', line: 1, commit: who(repo, added) },
      { path: 'prod.env', line: 4, commit: who(repo, renamedWithKey) },
    ]);
  });

  it('skips binary blobs and counts them', () => {
    const repo = makeRepo();
    repo.write('blob.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 7]), Buffer.from(`\n${key()}\n`)]));
    repo.commit('binary');
    const result = history(repo);
    expect(result.status).toBe(0);
    expect(json(result).stats.skipped).toEqual({ binary: 1, files: [] });
  });

  it('counts a version that comes back to its path as read again, and reports its key once, where it first came', () => {
    const repo = makeRepo();
    const keyed = `A=1\n${key()}\n`;
    const binary = Buffer.from([0x89, 0x50, 0, 0, 7, 10]);
    repo.write('app.env', keyed);
    repo.write('logo.bin', binary);
    const added = repo.commit('add');
    repo.write('app.env', 'A=1\n');
    repo.write('logo.bin', Buffer.from([0x89, 0x50, 0, 0, 8, 10]));
    repo.commit('remove the key');
    // A revert: the same blobs at the same paths, which history does not read a second time.
    repo.write('app.env', keyed);
    repo.write('logo.bin', binary);
    repo.commit('revert');
    const result = json(history(repo));
    expect(attributed(repo)).toEqual([{ path: 'app.env', line: 2, commit: who(repo, added) }]);
    expect(result.stats.files).toBe(3);
    expect(result.stats.bytes).toBe(2 * Buffer.byteLength(keyed) + 4);
    expect(result.stats.skipped).toEqual({ binary: 3, files: [] });
  });

  it('with a range, reports only what the range introduces', () => {
    const repo = makeRepo();
    repo.write('app.env', `NAME=x\n${key()}\n`);
    repo.commit('debt on main');
    repo.git(['checkout', '-q', '-b', 'pr']);
    repo.write('app.env', `NAME=y\n${repo.git(['show', 'HEAD:app.env']).split('\n')[1]}\n`);
    repo.commit('touch the file');
    repo.write('app.env', `${repo.git(['show', 'HEAD:app.env'])}\napikey=${gen.ibmKey()}\n`);
    const introduced = repo.commit('new key');
    expect(attributed(repo, 'main..pr')).toEqual([{ path: 'app.env', line: 3, commit: who(repo, introduced) }]);
  });

  it('exits 2 for a range git does not know, and outside a repository', () => {
    const repo = makeRepo();
    repo.commit('init');
    const bad = repo.cli(['history', 'nope..HEAD']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"nope" is not a commit of this repository/);
    const outside = repo.cli(['history'], { cwd: tempDir() });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git repository/);
  });

  it('exits 0 with a note on an empty repository, and prints no progress when stderr is not a TTY', () => {
    const repo = makeRepo();
    const result = history(repo);
    expect(result.status).toBe(0);
    expect(json(result).stats.notes).toEqual(['the repository has no commits yet: nothing to scan']);
    expect(result.stderr).toBe('');
  });

  it('scans a shallow clone as far as it goes and says so', () => {
    const repo = makeRepo();
    repo.write('a.env', `${key()}\n`);
    repo.commit('one');
    repo.write('b.env', `${key()}\n`);
    repo.commit('two');
    repo.write('c.txt', 'c\n');
    const tip = repo.commit('three');
    const clone = makeRepo({ init: false, dir: tempDir('sh-shallow-') });
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone.dir], { env: repo.env });
    const report = json(history(clone));
    expect(report.stats.commits).toBe(1);
    expect(report.stats.notes.join('\n')).toMatch(/shallow clone/);
    expect(report.findings.map((f) => [f.path, f.commit?.sha])).toEqual([
      ['a.env', tip],
      ['b.env', tip],
    ]);
  });
});

describe('history of a generated 2,000-commit repository', () => {
  it('credits the right commit and runs in a small, bounded heap', () => {
    const repo = makeRepo();
    // git fast-import: 2,000 commits, each rewriting a 40 KiB file; commit 1234 adds a key.
    const filler = Array.from({ length: 1000 }, (_, i) => `const value${i} = ${i * 7}; // filler line`).join('\n');
    const leak = `IBMCLOUD_API_KEY=${gen.ibmKey()}`;
    const parts: string[] = [];
    for (let n = 1; n <= 2000; n++) {
      const body = `${filler}\n// revision ${n}\n${n >= 1234 ? `${leak}\n` : ''}`;
      parts.push(
        `commit refs/heads/main\nmark :${n}\nauthor Bot <bot@example.com> ${1700000000 + n * 60} +0000\ncommitter Bot <bot@example.com> ${1700000000 + n * 60} +0000\n` +
          `data ${Buffer.byteLength(`rev ${n}`)}\nrev ${n}\n${n > 1 ? `from :${n - 1}\n` : ''}M 644 inline src/big.js\ndata ${Buffer.byteLength(body)}\n${body}\n`,
      );
    }
    repo.git(['fast-import', '--quiet'], { input: parts.join('') });
    const target = repo.git(['rev-list', '--reverse', 'main']).split('\n')[1233] ?? '';
    // A 32 MiB old-space limit: holding blobs or commits in memory would crash it (about 80 MB of content).
    const result = repo.cli(['history', '--format', 'json'], { env: { NODE_OPTIONS: '--max-old-space-size=32' } });
    const report = json(result);
    expect(result.status).toBe(1);
    expect(report.stats.commits).toBe(2000);
    expect(report.findings.map((f) => [f.path, f.line, f.commit?.sha])).toEqual([['src/big.js', 1002, target]]);
  });
});

describe('the config applies to git sources too', () => {
  it('leaves out paths the config ignores, in history and in the staged scan', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '{ "ignore": ["fixtures/**", "*.sample"] }\n');
    repo.write('fixtures/deep/a.env', `${key()}\n`);
    repo.write('creds.sample', `${key()}\n`);
    repo.write('real.env', `${key()}\n`);
    repo.git(['add', '-A']);
    expect(json(repo.cli(['scan', '--staged', '--format', 'json'])).findings.map((f) => f.path)).toEqual(['real.env']);
    repo.commit('all three');
    expect(json(history(repo)).findings.map((f) => f.path)).toEqual(['real.env']);
  });
});
