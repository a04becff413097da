import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiffParser, parseDiff, unquoteC } from '../../src/sources/diff-parser.js';
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
      { oldPath: 'mv.txt', newPath: 'moved.txt', binary: false, added: [4, 5] },
      { oldPath: undefined, newPath: 'new file.txt', binary: false, added: [1, 3] },
      { oldPath: toBytePath('qu"oéte.txt'), newPath: toBytePath('qu"oéte.txt'), binary: false, added: [2, 3] },
      { oldPath: 'with space.txt', newPath: 'with space.txt', binary: false, added: [2, 3, 4, 5] },
    ]);
  });

  it('takes renamed names with spaces from the rename lines, and splits a type change in two', () => {
    expect(parseDiff(fixture('rename-spaces-typechange.diff'))).toEqual([
      { oldPath: 'old name.txt', newPath: 'new name.txt', binary: false, added: [6, 7] },
      { oldPath: 'target.txt', newPath: undefined, binary: false, added: [] },
      { oldPath: undefined, newPath: 'target.txt', binary: false, added: [1, 2] },
    ]);
  });

  it('counts context lines, so any -U gives the same added lines', () => {
    expect(parseDiff(fixture('with-context.diff'))).toEqual(parseDiff(fixture('rename-spaces-typechange.diff')));
  });

  it('does not take a removed line that looks like a header for one', () => {
    const diff = ['diff --git a/x b/x', '--- a/x', '+++ b/x', '@@ -1,2 +1 @@', '---- not a header', '-+++ nor this', '+kept'].join('\n');
    expect(parseDiff(diff)).toEqual([{ oldPath: 'x', newPath: 'x', binary: false, added: [1, 2] }]);
  });

  it('gives the same files however the stream is cut, down to single bytes', () => {
    for (const name of ['mixed.diff', 'rename-spaces-typechange.diff', 'with-context.diff']) {
      const bytes = readFileSync(new URL(`../../fixtures/diffs/${name}`, import.meta.url));
      const parser = new DiffParser();
      const files = [];
      for (let i = 0; i < bytes.length; i++) files.push(...parser.push(bytes.subarray(i, i + 1)));
      expect([...files, ...parser.end()]).toEqual(parseDiff(bytes));
    }
  });

  it('keeps a few numbers per hunk, however many lines it adds and however long they are', () => {
    const parser = new DiffParser();
    const files = parser.push(Buffer.from('diff --git a/big b/big\nnew file mode 100644\n--- /dev/null\n+++ b/big\n@@ -0,0 +1,4000001 @@\n'));
    const blank = Buffer.from('+\n'.repeat(1_000_000));
    for (let i = 0; i < 4; i++) files.push(...parser.push(blank));
    // One line of 16 MB, in pieces: only its first byte is looked at.
    files.push(...parser.push(Buffer.from('+')));
    for (let i = 0; i < 16; i++) files.push(...parser.push(Buffer.alloc(1024 * 1024, 'a')));
    files.push(...parser.push(Buffer.from('\n')), ...parser.end());
    expect(files).toEqual([{ oldPath: undefined, newPath: 'big', binary: false, added: [1, 4_000_002] }]);
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
