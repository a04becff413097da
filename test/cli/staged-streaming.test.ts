import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

// `scan --staged` streams the staged diff and the staged blobs: a 17 MB file of blank lines crashed it
// ("Set maximum size exceeded"), because every added line number was held in one Set. Peak memory on a
// 400 MB file is measured by bench/staged-memory.mjs, not here.

const gen = createGen(1717);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}`;
const BLANK_LINES = 17_000_000;

afterAll(cleanupRepos);

describe('scan --staged with a huge change', () => {
  it('judges a new file of 17 million blank lines', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('init');
    repo.write('new.txt', `${'\n'.repeat(BLANK_LINES)}${key()}\n`);
    repo.git(['add', '.']);
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => [f.path, f.line, f.column])).toEqual([['new.txt', BLANK_LINES + 1, 18]]);
  });

  it('judges only the added lines of a committed file that grows past a segment (its diff is streamed)', () => {
    const repo = makeRepo();
    const old = key();
    const lines = 12_000_000;
    repo.write('big.txt', `${old}\n${'\n'.repeat(lines)}`);
    repo.commit('debt');
    repo.write('big.txt', `${old}\n${'\n'.repeat(lines)}${key()}\n`);
    repo.git(['add', '.']);
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => f.line)).toEqual([lines + 2]);
  });
});

describe('scan --staged from a subdirectory', () => {
  it('finds a key in a UTF-16 file (which git diffs as binary), wherever it is staged from', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('init');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`first line\r\n${key()}\r\n`, 'utf16le')]);
    repo.write('pkg/app/creds.env', utf16);
    repo.write('other/creds.env', utf16);
    repo.git(['add', '.']);
    for (const cwd of ['pkg/app', 'pkg', 'other', '.']) {
      const r = repo.cli(['scan', '--staged', '--format', 'json'], { cwd: path.join(repo.dir, cwd) });
      expect(r.status, `${cwd}: ${r.stderr}`).toBe(1);
      expect(json(r).findings.map((f) => [f.path, f.line, f.column])).toEqual([
        ['other/creds.env', 2, 18],
        ['pkg/app/creds.env', 2, 18],
      ]);
    }
  });

  it('judges a changed UTF-16 or UTF-32 file whole: git counts its lines by 0x0A bytes, which its characters hold', () => {
    const repo = makeRepo();
    // A 😊 in UTF-16 LE is 3D D8 0A DE, and a Њ is 0A 04: each is a line to git, which runs one ahead.
    const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const old = key();
    repo.write('a.env', utf16(`# 😊 Њ\n${old}\nX=1\n`));
    repo.commit('init');
    repo.write('a.env', utf16(`# 😊 Њ\n${old}\nX=1\n${key()}\n`));
    repo.git(['add', '.']);
    const r = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const report = json(r);
    expect(report.findings.map((f) => [f.path, f.line])).toEqual([
      ['a.env', 2],
      ['a.env', 4],
    ]);
    expect(report.stats.notes).toContain("a.env: its lines are not git's (UTF-16, UTF-32, or lines ended by CR alone, U+2028 or U+2029): judged whole, not only its staged lines");

    // Lines ended by a CR alone are one line to git.
    const before = key();
    repo.write('mac.env', `# a\r${before}\r`);
    repo.commit('mac');
    repo.write('mac.env', `# a\r${before}\rX=1\r${key()}\r`);
    repo.git(['add', '.']);
    const mac = json(repo.cli(['scan', '--staged', '--format', 'json']));
    expect(mac.findings.map((f) => [f.path, f.line])).toEqual([
      ['mac.env', 2],
      ['mac.env', 4],
    ]);
  });
});
