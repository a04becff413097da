import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../rules/gen.js';
import { configIgnore, configIgnorePath } from '../../src/sources/config-globs.js';

// Each row: a .gitignore line, and paths (a trailing / marks a directory) it does and does not match.
const CASES: Array<[string, string[], string[]]> = [
  ['/a.env', ['a.env'], ['x/a.env']],
  ['a.env', ['a.env', 'x/y/a.env'], ['a.env.bak']],
  ['*.min.js', ['x.min.js', 'd/e/x.min.js'], ['x.js']],
  ['out/', ['out/', 'x/out/'], ['out']],
  ['d/*.md', ['d/a.md'], ['d/e/a.md', 'x/d/a.md']],
  ['a/**/b', ['a/b', 'a/x/y/b'], ['b', 'x/a/b']],
  ['**/gen', ['gen', 'x/gen/'], ['gen2']],
  ['f[!0-9].txt', ['fa.txt'], ['f1.txt']],
  ['{a,b}.txt', ['{a,b}.txt'], ['a.txt']],
  ['**', ['a', 'x/y/z', '.env'], []],
  ['**/', ['d/', 'x/y/'], ['f']],
  ['cfg/**', ['cfg/', 'cfg/a', 'cfg/x/y', 'cfg/x/'], ['cfg', 'x/cfg/a']],
  ['a/**/', ['a/x/', 'a/x/y/'], ['a/', 'a/f.env', 'a/x/f.env']],
  ['trailing.txt  ', ['trailing.txt'], []],
  ['.env*', ['.env', 'x/.env.local'], ['a.env']],
];

describe('config ignore globs', () => {
  it.each(CASES)('%s', (glob, yes, no) => {
    const test = configIgnore([glob]);
    const matches = (p: string): boolean => test(p.replace(/\/$/, ''), p.endsWith('/'));
    expect(yes.filter((p) => !matches(p))).toEqual([]);
    expect(no.filter(matches)).toEqual([]);
  });

  it('ignore a file under an ignored directory, for sources that see whole paths', () => {
    const ignored = configIgnorePath(['out/', '/vendor']);
    expect(['out/a.env', 'x/out/y/a.env', 'vendor/a.env'].every(ignored)).toBe(true);
    expect(['x/vendor/a.env', 'out.env'].some(ignored)).toBe(false);
  });

  it('asks of every directory above a path what it asks of the path, in one pass', () => {
    const globs = ['out/', '/vendor', '*.min.js', 'a/**/b', 'cfg/**', 'g?n/', '**/deep/'];
    const test = configIgnore(globs);
    const ignored = configIgnorePath(globs);
    // What the one pass must equal: the path as a file, then each directory it lies in.
    const directly = (p: string): boolean => {
      const segments = p.split('/');
      return test(p, false) || segments.slice(0, -1).some((_, i) => test(segments.slice(0, i + 1).join('/'), true));
    };
    const random = mulberry32(31);
    const int = (n: number): number => Math.floor(random() * n);
    const names = ['out', 'vendor', 'x.min.js', 'a', 'b', 'cfg', 'gen', 'deep', 'src', 'f.env'];
    for (let i = 0; i < 2000; i++) {
      const p = Array.from({ length: 1 + int(6) }, () => names[int(names.length)]).join('/');
      expect(ignored(p), p).toBe(directly(p));
    }
    // A path thousands of directories deep (git allows it): testing each directory in turn took seconds.
    const deep = Array.from({ length: 4000 }, (_, i) => `d${i}`.padEnd(100, 'x')).join('/');
    expect(ignored(`${deep}/app.js`)).toBe(false);
    expect(ignored(`${deep}/deep/app.js`)).toBe(true);
  }, 10_000);
});
