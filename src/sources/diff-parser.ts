// A unified diff (`git diff -p`, any -U) read line by line: for each file, its paths and the new-side
// line numbers the change adds. Pure: no I/O, tested on real git output under fixtures/diffs/. The diff is
// read as a byte string (latin1), so paths come out as byte strings (path-bytes.ts), exact whatever git quotes.

export interface FileDiff {
  /** The path before the change; undefined for a created file. */
  oldPath: string | undefined;
  /** The path after the change; undefined for a deleted file. */
  newPath: string | undefined;
  /** Git printed no text hunks because it took the file for binary. */
  binary: boolean;
  /** 1-based line numbers of the new side that the change adds, ascending. */
  added: number[];
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

/** Feed it lines (without their line break); it hands back each file once the next begins, and the last at `end()`. */
export class DiffParser {
  private file: FileDiff | undefined;
  private inHunk = false;
  private newLine = 0;

  line(text: string): FileDiff | undefined {
    if (text.startsWith('diff --git ')) {
      const done = this.file;
      const [oldPath, newPath] = headerPaths(text.slice('diff --git '.length));
      this.file = { oldPath, newPath, binary: false, added: [] };
      this.inHunk = false;
      return done;
    }
    const file = this.file;
    if (!file) return undefined;
    if (this.inHunk) {
      const c = text[0];
      if (c === '+') file.added.push(this.newLine++);
      else if (c === ' ') this.newLine++;
      else if (c === '@') this.hunk(text);
      // '-' removes an old line; '\' is "No newline at end of file".
      return undefined;
    }
    if (text.startsWith('@@ ')) this.hunk(text);
    else if (text.startsWith('--- ')) file.oldPath = stripPrefix(readName(text.slice(4)), 'a/');
    else if (text.startsWith('+++ ')) file.newPath = stripPrefix(readName(text.slice(4)), 'b/');
    else if (text.startsWith('rename from ') || text.startsWith('copy from ')) file.oldPath = readName(text.slice(text.indexOf(' from ') + 6));
    else if (text.startsWith('rename to ') || text.startsWith('copy to ')) file.newPath = readName(text.slice(text.indexOf(' to ') + 4));
    else if (text.startsWith('new file mode ')) file.oldPath = undefined;
    else if (text.startsWith('deleted file mode ')) file.newPath = undefined;
    else if (text.startsWith('Binary files ') || text === 'GIT binary patch') file.binary = true;
    return undefined;
  }

  end(): FileDiff | undefined {
    const done = this.file;
    this.file = undefined;
    return done;
  }

  private hunk(text: string): void {
    const m = HUNK.exec(text);
    if (!m) return;
    this.inHunk = true;
    this.newLine = Number(m[1]);
  }
}

/** Every file of a whole diff text. */
export function parseDiff(text: string): FileDiff[] {
  const parser = new DiffParser();
  const files: FileDiff[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const done = parser.line(line);
    if (done) files.push(done);
  }
  const last = parser.end();
  if (last) files.push(last);
  return files;
}
