import { describe, expect, it } from 'vitest';
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
});
