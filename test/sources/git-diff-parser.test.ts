import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDiff, unquoteC } from '../../src/sources/diff-parser.js';
import { toBytePath } from '../../src/sources/path-bytes.js';

// The fixtures are real `git diff-index --cached -p` output (see the file names for what each shows).
// Read as a byte string (latin1), as the staged source reads git's output: paths come out as bytes.
const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/diffs/${name}`, import.meta.url), 'latin1');

describe('parseDiff', () => {
  it('reads paths, binary files and added lines of every kind of change', () => {
    expect(parseDiff(fixture('mixed.diff'))).toEqual([
      { oldPath: 'b.bin', newPath: 'b.bin', binary: true, added: [] },
      { oldPath: 'del.txt', newPath: undefined, binary: false, added: [] },
      { oldPath: undefined, newPath: 'empty.txt', binary: false, added: [] },
      { oldPath: 'keep.txt', newPath: 'keep.txt', binary: false, added: [] },
      { oldPath: 'mv.txt', newPath: 'moved.txt', binary: false, added: [4] },
      { oldPath: undefined, newPath: 'new file.txt', binary: false, added: [1, 2] },
      { oldPath: toBytePath('qu"oéte.txt'), newPath: toBytePath('qu"oéte.txt'), binary: false, added: [2] },
      { oldPath: 'with space.txt', newPath: 'with space.txt', binary: false, added: [2, 4] },
    ]);
  });

  it('takes renamed names with spaces from the rename lines, and splits a type change in two', () => {
    expect(parseDiff(fixture('rename-spaces-typechange.diff'))).toEqual([
      { oldPath: 'old name.txt', newPath: 'new name.txt', binary: false, added: [6] },
      { oldPath: 'target.txt', newPath: undefined, binary: false, added: [] },
      { oldPath: undefined, newPath: 'target.txt', binary: false, added: [1] },
    ]);
  });

  it('counts context lines, so any -U gives the same added lines', () => {
    expect(parseDiff(fixture('with-context.diff'))).toEqual(parseDiff(fixture('rename-spaces-typechange.diff')));
  });

  it('does not take a removed line that looks like a header for one', () => {
    const diff = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,2 +1 @@', '---- not a header', '-+++ nor this', '+kept'].join('\n');
    expect(parseDiff(diff)).toEqual([{ oldPath: 'x', newPath: 'x', binary: false, added: [1] }]);
  });

  it('is empty for no diff', () => {
    expect(parseDiff('')).toEqual([]);
  });
});

describe('unquoteC', () => {
  it('decodes escapes and octal UTF-8 bytes', () => {
    expect(Buffer.from(unquoteC('"a\\tb\\\\c\\"d\\303\\251"').value, 'latin1').toString('utf8')).toBe('a\tb\\c"dé');
  });
});
