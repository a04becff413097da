// `git log -z --raw` and `git diff-index -z --raw` read incrementally: NUL-separated tokens in,
// commits (or raw entries) out, whatever the size of the pieces the stream hands over. Paths stay bytes
// (byte strings, see path-bytes.ts); names, dates and messages are UTF-8 (`--encoding=UTF-8`).
import type { CommitInfo } from '../types.js';

/** One line of `--raw` output: `:mode… sha… status` then one path (two for renames and copies). */
export interface RawEntry {
  /** Old modes and blobs: one for a plain diff, one per parent for a merge (`-c`). */
  srcModes: string[];
  srcShas: string[];
  dstMode: string;
  dstSha: string;
  /** `A`, `M`, `D`, `T`, `U`, `R087`, `C100`, or one letter per parent for a merge (`MM`). */
  status: string;
  /** The path after the change (for a rename, the new name), as a byte string. */
  path: string;
  /** For renames and copies (not in a merge's entry): the old name, as a byte string. */
  fromPath?: string;
}

export interface LogCommit extends CommitInfo {
  message: string;
  entries: RawEntry[];
}

/** The `--format` the parser expects: sha, author name, author email, strict ISO author date, raw message. */
export const LOG_FORMAT = '--format=%H%x00%an%x00%ae%x00%aI%x00%B';

/** Parses the `:…` part of a raw entry. */
export function parseRawMeta(token: string): Omit<RawEntry, 'path'> | undefined {
  const start = token.charCodeAt(0) === 0x0a ? 1 : 0;
  let colons = 0;
  while (token.charCodeAt(start + colons) === 0x3a) colons++;
  if (colons === 0) return undefined;
  const fields = token.slice(start + colons).split(' ');
  // `colons` parents: that many old modes, then the new mode, the same for object names, then the status.
  return {
    srcModes: fields.slice(0, colons),
    dstMode: fields[colons] ?? '',
    srcShas: fields.slice(colons + 1, 2 * colons + 1),
    dstSha: fields[2 * colons + 1] ?? '',
    status: fields[2 * colons + 2] ?? '',
  };
}

/**
 * A rename or copy names its old path and then its new one; a merge's entry (`-c`, one status letter per
 * parent) names only the path in the merge, even when its status against a parent is `R`.
 */
const twoPaths = (meta: Omit<RawEntry, 'path'>): boolean => meta.srcShas.length === 1 && (meta.status.startsWith('R') || meta.status.startsWith('C'));

/** Splits a byte stream on NUL, keeping a token that straddles two pieces whole. */
export class NulTokenizer {
  private carry: Buffer[] = [];

  push(data: Buffer, out: (token: Buffer) => void): void {
    let at = 0;
    for (let nul = data.indexOf(0, at); nul !== -1; nul = data.indexOf(0, at)) {
      const piece = data.subarray(at, nul);
      if (this.carry.length) {
        this.carry.push(piece);
        out(Buffer.concat(this.carry));
        this.carry = [];
      } else {
        out(piece);
      }
      at = nul + 1;
    }
    if (at < data.length) this.carry.push(data.subarray(at));
  }

  /** The bytes after the last NUL so far, if at most `max` of them: the start of a token, or a last line without one. */
  rest(max: number): Buffer | undefined {
    return this.carry.reduce((sum, piece) => sum + piece.length, 0) <= max ? Buffer.concat(this.carry) : undefined;
  }

  /** What is left after the last NUL (a final token without terminator). */
  end(out: (token: Buffer) => void): void {
    if (this.carry.length) out(Buffer.concat(this.carry));
    this.carry = [];
  }
}

/** Does a token start a raw entry (`:`, or `\n:` after a message)? */
const startsRaw = (token: Buffer): boolean => token[0] === 0x3a || (token[0] === 0x0a && token[1] === 0x3a);

/** Raw entries from `git diff-index -z --raw` tokens. */
export class RawEntryParser {
  private meta: Omit<RawEntry, 'path'> | undefined;
  private paths: string[] = [];
  readonly entries: RawEntry[] = [];

  /** An entry's meta was read and its path(s) are still to come. */
  get pending(): boolean {
    return this.meta !== undefined;
  }

  token(token: Buffer): void {
    if (!this.meta) {
      this.meta = parseRawMeta(token.toString('latin1'));
      return;
    }
    this.paths.push(token.toString('latin1'));
    if (this.paths.length < (twoPaths(this.meta) ? 2 : 1)) return;
    const [first = '', second] = this.paths;
    const { srcModes, srcShas, dstMode, dstSha, status } = this.meta;
    // Every entry of one shape (a spread of the meta made two, and cost a fifth of parsing a history).
    const [path, fromPath] = second === undefined ? [first, undefined] : [second, first];
    this.entries.push({ srcModes, srcShas, dstMode, dstSha, status, path, fromPath });
    this.meta = undefined;
    this.paths = [];
  }
}

/**
 * Commits from `git log -z --raw LOG_FORMAT` tokens: five header tokens, then raw entries until a token
 * that does not start with `:` (an empty token or a newline may sit between a message and its entries).
 */
export class LogParser {
  private readonly tokens = new NulTokenizer();
  private header: string[] = [];
  private commit: LogCommit | undefined;
  private raw = new RawEntryParser();
  private readonly done: LogCommit[] = [];

  /** Feeds a piece of output; returns the commits it completed. */
  push(data: Buffer): LogCommit[] {
    this.tokens.push(data, (t) => this.token(t));
    return this.done.splice(0);
  }

  end(): LogCommit[] {
    this.tokens.end((t) => this.token(t));
    this.finishCommit();
    return this.done.splice(0);
  }

  private token(token: Buffer): void {
    if (this.commit) {
      if (this.raw.pending || startsRaw(token)) {
        this.raw.token(token);
        return;
      }
      if (token.length === 0 || (token.length === 1 && token[0] === 0x0a)) return;
      this.finishCommit();
    }
    if (this.header.length === 0 && token.length === 0) return;
    this.header.push(token.toString('utf8'));
    if (this.header.length === 5) {
      const [sha = '', author = '', email = '', date = '', message = ''] = this.header;
      this.commit = { sha, author, email, date, message, entries: [] };
      this.header = [];
    }
  }

  private finishCommit(): void {
    if (!this.commit) return;
    this.commit.entries = this.raw.entries;
    this.done.push(this.commit);
    this.commit = undefined;
    this.raw = new RawEntryParser();
  }
}
