// A unified diff (`git diff -p`, any -U) read as it streams: for each file, its paths and the new-side
// lines the change adds. Pure: no I/O, tested on real git output under fixtures/diffs/. The diff is
// read as a byte string (latin1), so paths come out as byte strings (path-bytes.ts), exact whatever git quotes.

import { ScanError } from '../errors.js';
import type { LineRanges } from '../types.js';
import { RangeBuilder } from './line-ranges.js';

export interface FileDiff {
  /** The path before the change; undefined for a created file. */
  oldPath: string | undefined;
  /** The path after the change; undefined for a deleted file. */
  newPath: string | undefined;
  /** Git printed no text hunks because it took the file for binary. */
  binary: boolean;
  /** The new side's lines (1-based) that the change adds, as ranges (line-ranges.ts). */
  added: LineRanges;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads one C-style quoted name as git writes it (core.quotePath): `"a/caf\303\251 \"x\""`, from a diff
 * read as a byte string (latin1). Returns the name, a byte string too, and the index just past its closing quote.
 */
export function unquoteC(text: string, from = 0): { value: string; end: number } {
  const bytes: number[] = [];
  let i = from + 1;
  while (i < text.length && text[i] !== '"') {
    const c = text[i] as string;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 4;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 2;
    }
  }
  return { value: Buffer.from(bytes).toString('latin1'), end: i + 1 };
}

/** A name on a `---`/`+++`/`rename to` line: quoted or not, without the trailing tab git adds to names with spaces. */
function readName(text: string): string {
  if (text.startsWith('"')) return unquoteC(text).value;
  return text.endsWith('\t') ? text.slice(0, -1) : text;
}

function stripPrefix(name: string, prefix: string): string | undefined {
  if (name === '/dev/null') return undefined;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/**
 * `diff --git a/X b/Y`. Unquoted names may hold spaces, so X and Y are only certain when equal
 * (same length either side) or quoted; renames and copies name them again on their own lines.
 */
function headerPaths(rest: string): [string | undefined, string | undefined] {
  if (rest.startsWith('"')) {
    const a = unquoteC(rest);
    const b = rest.slice(a.end + 1);
    return [stripPrefix(a.value, 'a/'), stripPrefix(readName(b), 'b/')];
  }
  const quotedB = rest.indexOf(' "b/');
  if (quotedB !== -1) return [stripPrefix(rest.slice(0, quotedB), 'a/'), stripPrefix(unquoteC(rest, quotedB + 1).value, 'b/')];
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ' && rest.slice(2, half) === rest.slice(half + 3) && rest.startsWith('a/')) {
    const name = rest.slice(2, half);
    return [name, name];
  }
  return [undefined, undefined];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Longer than any header line git writes (a path is at most a few KiB, four times that quoted). */
const MAX_HEADER_LINE = 1024 * 1024;

const PLUS = 0x2b;
const SPACE = 0x20;
const MINUS = 0x2d;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * Reads a diff as it streams: feed it pieces of git's output, and it hands back each file once the next
 * begins (the last at `end()`). Memory follows the number of hunks, never the size of the diff: a hunk's
 * lines are told apart by their first byte and skipped, never held, however long (a 400 MB one-line file).
 */
export class DiffParser {
  private file: FileDiff | undefined;
  private added = new RangeBuilder();
  private inHunk = false;
  private newLine = 0;
  /** A header line cut between two pieces, and whether the rest of a hunk line is still to be skipped. */
  private carry: Buffer[] = [];
  private carried = 0;
  private skipping = false;
  private readonly done: FileDiff[] = [];

  push(data: Buffer): FileDiff[] {
    let at = 0;
    while (at < data.length) {
      if (this.skipping) {
        const nl = data.indexOf(NEWLINE, at);
        if (nl === -1) break;
        this.skipping = false;
        at = nl + 1;
        continue;
      }
      if (this.inHunk && this.carried === 0 && this.hunkLine(data[at] as number)) {
        this.skipping = true;
        continue;
      }
      const nl = data.indexOf(NEWLINE, at);
      if (nl === -1) {
        this.hold(data.subarray(at));
        break;
      }
      this.hold(data.subarray(at, nl));
      this.header(Buffer.concat(this.carry).toString('latin1'));
      this.carry = [];
      this.carried = 0;
      at = nl + 1;
    }
    return this.done.splice(0);
  }

  end(): FileDiff[] {
    if (this.carried) this.header(Buffer.concat(this.carry).toString('latin1'));
    this.carry = [];
    this.carried = 0;
    this.finishFile();
    return this.done.splice(0);
  }

  /** A line of a hunk, known by its first byte: counts it, and says whether it was one. */
  private hunkLine(first: number): boolean {
    if (first === PLUS) this.added.add(this.newLine++);
    else if (first === SPACE) this.newLine++;
    // '-' removes an old line; '\' is "No newline at end of file".
    else if (first !== MINUS && first !== BACKSLASH) return false;
    return true;
  }

  private hold(piece: Buffer): void {
    this.carried += piece.length;
    if (this.carried > MAX_HEADER_LINE) throw new ScanError('git-failed', 'git diff printed a header line longer than 1 MiB: not a diff this parser can read');
    this.carry.push(piece);
  }

  private header(text: string): void {
    if (text.startsWith('diff --git ')) {
      this.finishFile();
      const [oldPath, newPath] = headerPaths(text.slice('diff --git '.length));
      this.file = { oldPath, newPath, binary: false, added: [] };
      this.inHunk = false;
      return;
    }
    const file = this.file;
    if (!file) return;
    if (text.startsWith('@@ ')) {
      const m = HUNK.exec(text);
      if (!m) return;
      this.inHunk = true;
      this.newLine = Number(m[1]);
      return;
    }
    // Outside a hunk (and after one, a line no hunk line starts with: a new file's header comes next).
    this.inHunk = false;
    if (text.startsWith('--- ')) file.oldPath = stripPrefix(readName(text.slice(4)), 'a/');
    else if (text.startsWith('+++ ')) file.newPath = stripPrefix(readName(text.slice(4)), 'b/');
    else if (text.startsWith('rename from ') || text.startsWith('copy from ')) file.oldPath = readName(text.slice(text.indexOf(' from ') + 6));
    else if (text.startsWith('rename to ') || text.startsWith('copy to ')) file.newPath = readName(text.slice(text.indexOf(' to ') + 4));
    else if (text.startsWith('new file mode ')) file.oldPath = undefined;
    else if (text.startsWith('deleted file mode ')) file.newPath = undefined;
    else if (text.startsWith('Binary files ') || text === 'GIT binary patch') file.binary = true;
  }

  private finishFile(): void {
    if (!this.file) return;
    this.file.added = this.added.ranges;
    this.done.push(this.file);
    this.file = undefined;
    this.added = new RangeBuilder();
  }
}

/** Every file of a whole diff (read as bytes, or as a byte string). */
export function parseDiff(diff: Buffer | string): FileDiff[] {
  const parser = new DiffParser();
  return [...parser.push(typeof diff === 'string' ? Buffer.from(diff, 'latin1') : diff), ...parser.end()];
}
