import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

// Text of any size is scanned, in segments, in bounded memory; never skipped for size. Padding a file
// past the old 10 MiB limit hid the key beside it ("no secrets found", exit 0, and nothing in github format).

const gen = createGen(1031);
const MiB = 1024 * 1024;

afterAll(cleanupRepos);

/**
 * About `bytes` of text in lines that mix CRLF and LF, multi-byte characters (which segment boundaries
 * cut) and long lines, with a key at each of `keyLines` (1-based): returns the text and where each key is.
 */
function bigText(bytes: number, keyLines: (total: number) => number[]): { text: string; keys: Array<[number, number]> } {
  const filler = ['plain text line', 'naïve café € 😀 line\r', 'x'.repeat(5000), '\tindented', ''];
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const line = filler[n % filler.length] as string;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const keys: Array<[number, number]> = [];
  for (const at of keyLines(lines.length)) {
    lines[at - 1] = `${'€'.repeat(at % 7)}IBMCLOUD_API_KEY=${gen.ibmKey()}`;
    keys.push([at, (at % 7) + 18]);
  }
  return { text: `${lines.join('\n')}\n`, keys };
}

const where = (findings: Array<{ line: number; column: number }>) => findings.map((f): [number, number] => [f.line, f.column]);

describe('large text files', () => {
  it('finds a key followed by 8 MiB of data in base64 (10.8 MiB in all), in every format', () => {
    const repo = makeRepo({ init: false });
    const padding = randomBytes(8 * MiB).toString('base64').replace(/(.{76})/g, '$1\n');
    writeFileSync(path.join(repo.dir, 'padded.env'), `IBMCLOUD_API_KEY=${gen.ibmKey()}\n${padding}\n`);
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(json(r).findings.map((f) => [f.path, f.line, f.column])).toEqual([['padded.env', 1, 18]]);
    expect(json(r).stats.skipped).toEqual({ binary: 0, files: [] });
    const github = repo.cli(['scan', '--format', 'github']);
    expect(github.status).toBe(1);
    expect(github.stdout).toMatch(/^::error file=padded\.env,line=1,col=18,/);
  });

  it('reports keys at their true line and column in the last segment of a 30 MB file and across boundaries, UTF-8 and UTF-16', () => {
    const repo = makeRepo({ init: false });
    // Keys near the start, around where 10 MiB segments end, and near the end.
    const spread = (total: number): number[] => [3, Math.round(total / 3), Math.round(total / 3) + 1, Math.round((2 * total) / 3), total - 2];
    const utf8 = bigText(30 * 1000 * 1000, spread);
    const utf16 = bigText(15 * 1000 * 1000, spread); // 30 MB in UTF-16
    writeFileSync(path.join(repo.dir, 'utf8.txt'), utf8.text);
    writeFileSync(path.join(repo.dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16.text, 'utf16le')]));
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    const found = json(r).findings;
    expect(where(found.filter((f) => f.path === 'utf8.txt'))).toEqual(utf8.keys);
    expect(where(found.filter((f) => f.path === 'utf16.txt'))).toEqual(utf16.keys);
    expect(json(r).stats).toMatchObject({ files: 2, skipped: { binary: 0, files: [] } });
  });

  it('does the same for a large staged blob and a large blob in history', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('init');
    const { text, keys } = bigText(12 * MiB, (total) => [total - 5]);
    repo.write('big.txt', text);
    repo.git(['add', 'big.txt']);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(where(json(staged).findings)).toEqual(keys);
    repo.commit('big');
    const history = repo.cli(['history', '--format', 'json']);
    expect(history.status, history.stderr).toBe(1);
    expect(json(history).findings.map((f) => [f.path, f.line, f.column])).toEqual(keys.map(([l, c]) => ['big.txt', l, c]));
  });
});
