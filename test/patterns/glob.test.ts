import { describe, expect, it } from 'vitest';
import { compileGlob, compileGlobs, globMatch } from '../../src/patterns/glob.js';
import { linearRegex } from '../../src/patterns/linear-regex.js';

// The glob syntax of the config's `ignore` (what picomatch meant for the same patterns, with `dot: true`),
// matched in linear time.

const CASES: Array<[string, Record<string, boolean>]> = [
  ['dist/**', { dist: true, 'dist/': true, 'dist/a': true, 'dist/a/b': true, distx: false }],
  ['**/name', { name: true, 'a/name': true, 'a/b/name': true, xname: false }],
  ['*', { '.env': true, a: true, 'a/b': false }],
  ['a/**/b', { 'a/b': true, 'a/x/b': true, 'a/x/y/b': true, ab: false }],
  ['**', { a: true, 'a/b': true, '.x/y': true }],
  ['*.{js,ts}', { 'a.{js,ts}': true, 'a.js': false, 'a.ts': false }],
  ['a?c', { abc: true, 'a/c': false }],
  ['[a-c]x', { bx: true, dx: false, '/x': false }],
  ['[!a]x', { bx: true, ax: false, '/x': false }],
  ['[^a]x', { bx: true, ax: false }],
  ['[+-0]', { '+': true, '.': true, '0': true, '/': false }],
  ['a\\*b', { 'a*b': true, axb: false }],
  ['vendor', { vendor: true, 'vendor/': false, 'a/vendor': false }],
  ['a/*/', { 'a/b/': true, 'a/b': false }],
  ['**/', { 'a/': true, 'a/b/': true, a: false }],
  ['a**b', { ab: true, axxb: true, 'a/b': false }],
  ['./a', { a: true }],
  ['[unclosed', { '[unclosed': true, u: false }],
  ['{single}', { '{single}': true, single: false }],
  ['(a|b).+$', { '(a|b).+$': true, a: false }],
];

describe('globs', () => {
  it.each(CASES)('%s', (pattern, expected) => {
    const match = compileGlob(pattern);
    expect(Object.fromEntries(Object.keys(expected).map((path) => [path, match.test(path)]))).toEqual(expected);
  });

  it('matches any of several globs at once', () => {
    const ignored = compileGlobs(['dist/**', '*.log']);
    expect(['dist/a.js', 'x.log', 'src/x.log', 'src/a.ts'].map(ignored)).toEqual([true, true, false, false]);
    expect(compileGlobs([])('a')).toBe(false);
    expect(globMatch('**/*.min.js', 'a/b/x.min.js')).toBe(true);
  });

  it('compares a glob with no wildcard as a string, with what the matcher gives', () => {
    // A seeded walk over short globs and paths of the characters that matter: the string test is taken for
    // some (a path, or `**/` and a path), re2js for the rest, and each must match as the matcher does.
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const pick = (parts: string[], most: number): string => Array.from({ length: 1 + next(most) }, () => parts[next(parts.length)]).join('');
    const globs = [...CASES.map(([p]) => p), ...Array.from({ length: 300 }, () => pick(['a', 'b', '/', '.', '**/', './', '*', '{', '('], 5))];
    const paths = [...CASES.flatMap(([, paths]) => Object.keys(paths)), ...Array.from({ length: 300 }, () => pick(['a', 'b', '/', '.', '{', '('], 6))];
    for (const glob of globs) {
      const one = compileGlob(glob);
      const many = compileGlobs([glob, '**/never/matched/zz']);
      for (const path of paths) expect(many(path), `${glob} on ${path}`).toBe(one.test(path));
    }
  });

  it('takes linear time where a backtracking matcher takes exponential time', () => {
    const hostile = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    for (const n of [1_000, 100_000]) {
      const started = performance.now();
      expect(hostile.test('a'.repeat(n))).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('user regexes', () => {
  it('take linear time on (a+)+b, and refuse what has no linear algorithm', () => {
    const re = linearRegex('(a+)+b');
    const started = performance.now();
    expect(re.test(`${'a'.repeat(1_000_000)}c`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(re.test('xaab')).toBe(true);
    expect(linearRegex('^EXAMPLE_\\d{2}').test('EXAMPLE_42 key')).toBe(true);
    expect(linearRegex('(?<name>sandbox)-\\u0041').test('sandbox-A')).toBe(true);
    expect(() => linearRegex('(?=a)b')).toThrow();
    expect(() => linearRegex('(a)\\1')).toThrow();
  });
});
