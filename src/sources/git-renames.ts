// History lists each commit's changes with exact renames only (`-M100%`): scoring inexact renames cost git
// more than all else it does for a history (eslint/eslint: 4.8 of 7.2 s of `git log --raw`, most of it in
// merges, for 2,678 renames of which 1,882 are exact). An inexact rename can only turn an added path into a
// renamed one, and only in a commit that also deletes a path, or in a merge against one of its parents: on
// eslint 352 commits of 38,910. For those, a second git is asked what `git log -M` would have listed.
import { ScanError } from '../errors.js';
import type { GitRunner, GitStream } from './git.js';
import { NulTokenizer, RawEntryParser, type LogCommit, type RawEntry } from './git-log-parser.js';

/**
 * The exact-rename flag for `git log`. Without inexact scoring git lists a renamed and edited file as a
 * deleted path and an added one, which `mayHaveInexactRenames` tells.
 */
export const EXACT_RENAMES = '-M100%';

/** Can inexact rename detection change this commit's entries (listed with `EXACT_RENAMES`)? */
export function mayHaveInexactRenames(commit: LogCommit): boolean {
  const { entries } = commit;
  // A merge's entry has a status letter per parent: a rename against any parent shows as `A` against it.
  if ((entries[0]?.srcShas.length ?? 0) > 1) return entries.some((e) => e.status.includes('A'));
  return entries.some((e) => e.status === 'A') && entries.some((e) => e.status === 'D');
}

/**
 * Not an object name: `git diff-tree --stdin` echoes such a line, flushed, after its answer to the line
 * before. It marks where an answer ends.
 */
const END_LINE = Buffer.from('end\n');

interface Answer {
  sha: string;
  tokens: NulTokenizer;
  /** The first token: the commit's name (`--always` prints it even when nothing changed). */
  header: string | undefined;
  raw: RawEntryParser;
  resolve: (entries: RawEntry[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Commits' raw entries with inexact renames, one commit at a time, from one long-lived
 * `git diff-tree --stdin` started at the first question. It takes the options `git log` takes, so that
 * its answer is the entry list `git log -M` would have given.
 */
export class RenameReader {
  private process: GitStream | undefined;
  private answer: Answer | undefined;
  private failed: unknown;
  private closing = false;

  constructor(private readonly git: GitRunner) {}

  /** The entries `git log -c -M` gives for commit `sha`. One question at a time. */
  entries(sha: string): Promise<RawEntry[]> {
    if (this.failed) return Promise.reject(this.failed);
    const process = (this.process ??= this.start());
    return new Promise((resolve, reject) => {
      this.answer = { sha, tokens: new NulTokenizer(), header: undefined, raw: new RawEntryParser(), resolve, reject };
      process.stdin.write(`${sha}\n${END_LINE.toString('latin1')}`);
    });
  }

  private start(): GitStream {
    const process = this.git.stream(['diff-tree', '--stdin', '-z', '-r', '-c', '-M', '--raw', '--no-abbrev', '--always', '--root']);
    process.stdout.on('data', (data: Buffer) => this.receive(data));
    process.done.then(
      () => {
        if (!this.closing) this.fail(new ScanError('git-failed', 'git diff-tree ended before answering'));
      },
      (error: unknown) => this.fail(error),
    );
    return process;
  }

  private receive(data: Buffer): void {
    const answer = this.answer;
    if (!answer) return this.fail(new ScanError('git-failed', 'git diff-tree said more than it was asked'));
    answer.tokens.push(data, (token) => {
      if (answer.header === undefined) answer.header = token.toString('latin1');
      else answer.raw.token(token);
    });
    // Every token of an answer ends with a NUL. Where no path is due, what follows the last NUL is the
    // start of the name or of an entry (`:`), or the end line: a path, which could read like it, is never there.
    if (answer.raw.pending || !answer.tokens.rest(END_LINE.length)?.equals(END_LINE)) return;
    this.answer = undefined;
    // No name: git could not read the commit (it said why on stderr).
    if (answer.header === answer.sha) answer.resolve(answer.raw.entries);
    else answer.reject(new ScanError('git-failed', `git diff-tree could not list the changes of commit ${answer.sha}`));
  }

  private stop(): void {
    this.closing = true;
    this.fail(new ScanError('internal', 'git diff-tree was asked a question after the history ended'));
  }

  private fail(error: unknown): void {
    this.failed ??= error;
    this.answer?.reject(this.failed);
    this.answer = undefined;
  }

  /** Stops git at once (the scan ended early): no question is answered after this. */
  kill(): void {
    this.stop();
    this.process?.kill();
  }

  async close(): Promise<void> {
    this.stop();
    if (!this.process) return;
    this.process.stdin.end();
    await this.process.done;
  }
}
