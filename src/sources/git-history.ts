// Git history as chunks, oldest commit first: each commit's message, and each blob a commit puts at a
// path, read once through `git cat-file --batch`. Which blob a commit introduces comes from
// `git log --raw`, which computes no content diffs: scanning whole blobs and reporting each secret once
// per path at its first appearance (runPipeline's `oncePerPath`) credits every secret to the commit
// that introduced it, without diffing. The README's "History" section states the exact rules.
import { keywordGate } from '../engine/gate.js';
import { COMMIT_MESSAGE_PATH, isProse } from '../engine/prose.js';
import type { Rule } from '../engine/rule.js';
import { ScanError } from '../errors.js';
import type { Chunk, CommitInfo } from '../types.js';
import { BlobReader, blobPieces, type BlobResult } from './git-blobs.js';
import { configIgnorePath } from './config-globs.js';
import { KeywordMemo, type WordLook } from './git-keyword-memo.js';
import { EXACT_RENAMES, mayHaveInexactRenames, RenameReader } from './git-renames.js';
import { LOG_FORMAT, LogParser, type LogCommit, type RawEntry } from './git-log-parser.js';
import { gitRunner, isNullSha, repositoryFacts, SUBMODULE_MODE, type GitRunner } from './git.js';
import { countRead, type SourceStats } from './source.js';
import { namePath, showPath } from './path-bytes.js';
import { segmentBytes, segmentSize, type ChunkBase } from './segments.js';
import { isBinary } from '../engine/text.js';
import { BoundedMap } from './bounded-map.js';
import { Fifo } from './fifo.js';

export interface HistoryOptions {
  cwd: string;
  /** Revisions as given (`origin/main..HEAD`); none means every branch, tag and remote-tracking branch. */
  revs: readonly string[];
  ignore: readonly string[];
  /** Blobs larger than this are streamed and scanned in segments (see segments.ts). */
  segmentSize: number;
  /** The rules that will run: a blob without any of their keywords is counted as scanned, never decoded. */
  rules: readonly Rule[];
  /** Called after each commit with the number done and the total (the total is counted only when asked). */
  onProgress?: (done: number, total: number) => void;
}

/** What `priorsOf` gives for most entries, made once. */
const NO_PRIORS: readonly string[] = [];

/** An old side of a raw entry that names a blob: not empty, not all zeros (the path did not exist). */
const namesBlob = (sha: string): boolean => sha !== '' && !isNullSha(sha);

/** How many chunks may wait, read ahead, for the scanner: enough to keep git busy, few enough to stay small. */
const READ_AHEAD = 128;
/**
 * How many items planning may queue before it lets the queue drain to READ_AHEAD: a commit may add hundreds
 * of thousands of files, which queued at once held gigabytes.
 */
const MAX_QUEUED = 4096;
const MAX_LISTED_ERRORS = 20;

/** Whether revisions leave out history (`a..b`, `^a`, `a^!`): then content from before them must be read as prior. */
export function excludesHistory(revs: readonly string[]): boolean {
  return revs.some((r) => r.startsWith('^') || r.includes('..') || r.endsWith('^!') || /\^-\d*$/.test(r));
}

/** The commits to walk: the given revisions, or every ref but the stash (work never committed). */
function revArgs(revs: readonly string[]): string[] {
  return revs.length ? ['--end-of-options', ...revs] : ['--exclude=refs/stash', '--all'];
}

function logArgs(revs: readonly string[]): string[] {
  return [
    'log',
    '-z',
    '--raw',
    '--no-abbrev',
    // Merges: the paths whose result differs from every parent (a conflict resolution, an evil merge).
    '-c',
    EXACT_RENAMES,
    '--root',
    '--reverse',
    '--date-order',
    '--no-color',
    '--no-show-signature',
    '--encoding=UTF-8',
    LOG_FORMAT,
    ...revArgs(revs),
  ];
}

/** Whether any ref names a commit, when HEAD does not (an unborn branch beside others). */
async function hasCommits(git: GitRunner): Promise<boolean> {
  const refs = await git.run(['for-each-ref', '--count=1', '--format=%(objectname)']);
  return refs.toString('utf8').trim() !== '';
}

/** What reading a (path, blob) pair came to, for its repeats: unset until its first reading is taken. */
interface Outcome {
  read?: { kind: 'text' | 'binary'; size: number } | 'missing';
}

interface BlobItem {
  blob: Promise<BlobResult>;
  sha: string;
  path: string;
  commit: CommitInfo;
  prior: boolean;
  /**
   * A blob this one replaces (at its path, or renamed from another), for the keyword memo, which compares
   * bytes: any earlier version makes its answer no less exact, only a close one makes it cheaper.
   */
  replaces: string | undefined;
  outcome: Outcome;
}
/** A (path, blob) pair read before: counted as its first reading was, never read or detected again. */
interface RepeatItem {
  repeat: Outcome;
  sha: string;
  path: string;
  commit: CommitInfo;
  prior: boolean;
}
type Item = { chunk: Chunk } | BlobItem | RepeatItem;

/**
 * Bytes of (path, blob) pairs remembered as read (about 17,000 of eslint's pairs; the latest are kept).
 * Rebased and cherry-picked branches bring the same blob back to the same path (half of eslint's versions):
 * a secret is reported once per path, so such a repeat can report nothing new. A pair forgotten is read
 * again, which finds what it found. 16 MiB (all of eslint's 68,000) took eslint's history no faster, and
 * 20 MiB more at its peak.
 */
const READ_PAIRS_BUDGET = 4 * 1024 * 1024;

/** Refuses an argument that git would read as an option, not a revision. */
export function checkRevs(revs: readonly string[]): void {
  for (const r of revs) if (r.startsWith('-')) throw new ScanError('bad-usage', `history: "${r}" is not a revision range (expected something like origin/main..HEAD)`);
}

export async function* historyChunks(options: HistoryOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  checkRevs(options.revs);
  const git = gitRunner(options.cwd);
  const facts = await repositoryFacts(git, 'history');
  stats.commits = 0;
  if (!options.revs.length && !facts.head && !(await hasCommits(git))) {
    stats.notes.push('the repository has no commits yet: nothing to scan');
    return;
  }
  if (facts.shallow) {
    stats.notes.push(
      'shallow clone: history is scanned as far as it goes, and the oldest commit present is credited with everything it holds; ' +
        'fetch the whole history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) to scan all of it',
    );
  }
  const args = logArgs(options.revs);
  const total = options.onProgress ? Number((await git.run(['rev-list', '--count', ...revArgs(options.revs)])).toString('utf8')) : 0;

  const ignored = configIgnorePath(options.ignore);
  const range = excludesHistory(options.revs);
  // Only with a range: which (path, blob) pairs were read, so that a version from before the range is read as prior.
  const read = new Set<string>();
  const outcomes = new BoundedMap<Outcome>(READ_PAIRS_BUDGET, (key) => 2 * key.length + 64);
  const listedSkips = new Set<string>();
  let missing = 0;

  const gate = keywordGate(options.rules);
  const memo = new KeywordMemo(gate.longest - 1);
  const size = segmentSize(options.segmentSize);
  const blobs = new BlobReader(git, size);
  const log = git.stream(args);
  const renames = new RenameReader(git);
  const parser = new LogParser();
  const queue = new Fifo<Item>();

  const skipOnce = (path: string, reason: 'submodule'): void => {
    if (listedSkips.has(`${reason}\0${path}`)) return;
    listedSkips.add(`${reason}\0${path}`);
    stats.skipped.push({ ...namePath(path), reason });
  };

  const request = (sha: string, path: string, commit: CommitInfo, prior: boolean, replaces?: string): void => {
    const key = `${path}\0${sha}`;
    if (range) read.add(key);
    const seen = outcomes.get(key);
    if (seen) {
      queue.push({ repeat: seen, sha, path, commit, prior });
      return;
    }
    const outcome: Outcome = {};
    outcomes.set(key, outcome);
    queue.push({ blob: blobs.read(sha), sha, path, commit, prior, replaces, outcome });
  };

  /**
   * Blobs that stood at the entry's path before it: the old side of a rename (in a merge, against any parent:
   * one status letter each), and (with a range) anything not read yet.
   */
  const priorsOf = (entry: RawEntry): readonly string[] => {
    if (!range && !entry.status.includes('R')) return NO_PRIORS; // most entries: no arrays or set to build
    const renamed = entry.srcShas.filter((_, i) => entry.status[i] === 'R');
    const candidates = range ? entry.srcShas.filter((sha) => !read.has(`${entry.path}\0${sha}`)) : renamed;
    return [...new Set(candidates)].filter(namesBlob);
  };

  /** Counts the commit and queues its message: what comes before its entries. */
  const planCommit = (commit: LogCommit): CommitInfo => {
    const info: CommitInfo = { sha: commit.sha, author: commit.author, email: commit.email, date: commit.date };
    stats.commits = (stats.commits ?? 0) + 1;
    options.onProgress?.(stats.commits, total);
    const message = commit.message.trimEnd();
    if (message && gate.passesText(message, COMMIT_MESSAGE_PATH)) {
      queue.push({ chunk: { origin: { kind: 'commit', path: COMMIT_MESSAGE_PATH, commit: info }, text: message, bytes: Buffer.byteLength(message) } });
    }
    return info;
  };

  /** Queues the commit's entries from `from` on, until the queue holds MAX_QUEUED: returns where it stopped. */
  const planEntries = (commit: LogCommit, info: CommitInfo, from: number): number => {
    const { entries } = commit;
    let at = from;
    for (; at < entries.length && queue.length < MAX_QUEUED; at++) {
      const entry = entries[at] as RawEntry;
      if (isNullSha(entry.dstSha)) continue; // deleted: a removal introduces nothing
      if (entry.dstMode === SUBMODULE_MODE) {
        skipOnce(entry.path, 'submodule');
        continue;
      }
      if (ignored(showPath(entry.path))) continue;
      const priors = priorsOf(entry);
      for (const sha of priors) request(sha, entry.path, info, true);
      // A pure rename: the prior read above is the whole content, and nothing in it is new. A mode change: nothing new either.
      if (priors.includes(entry.dstSha) || entry.srcShas.includes(entry.dstSha)) continue;
      request(entry.dstSha, entry.path, info, false, entry.srcShas.find(namesBlob));
    }
    return at;
  };

  const noteMissing = (item: BlobItem | RepeatItem): void => {
    if (++missing <= MAX_LISTED_ERRORS) {
      stats.errors.push({ ...namePath(item.path), message: `blob ${item.sha} (commit ${item.commit.sha.slice(0, 12)}) is missing from the repository (a partial clone?)` });
    }
  };

  /** A repeat counts as its first reading did; its first reading was taken before it (the queue is in order). */
  const repeat = (item: RepeatItem): void => {
    const { read: outcome } = item.repeat;
    if (outcome === 'missing') noteMissing(item);
    else if (outcome && !item.prior) countRead(stats, outcome.kind, outcome.size);
  };

  const baseOf = (item: BlobItem): ChunkBase => {
    const base: ChunkBase = { origin: { kind: 'commit', ...namePath(item.path), commit: item.commit } };
    if (item.prior) base.prior = true;
    return base;
  };

  /** A blob too large to hold: streamed on its own and scanned in segments. */
  async function* largeChunks(item: BlobItem, sha: string, bytes: number): AsyncGenerator<Chunk> {
    const kind = yield* segmentBytes(blobPieces(git, sha), baseOf(item), size);
    item.outcome.read = { kind, size: bytes };
    if (!item.prior) countRead(stats, kind, bytes);
  }

  const toChunk = (item: BlobItem, result: Exclude<BlobResult, { kind: 'large' }>): Chunk | undefined => {
    blobs.release(result);
    if (result.kind === 'missing') {
      item.outcome.read = 'missing';
      noteMissing(item);
      return undefined;
    }
    const { data } = result;
    const kind = isBinary(data) ? 'binary' : 'text';
    item.outcome.read = { kind, size: data.length };
    if (!item.prior) countRead(stats, kind, data.length);
    if (kind === 'binary') return undefined;
    const shown = showPath(item.path);
    const look: WordLook = { hits: (bytes) => gate.byteHits(bytes, shown), passes: (bytes) => gate.passes(bytes, shown) };
    const words = memo.words(result.sha, data, item.replaces, look, isProse(shown) ? 'prose' : 'code');
    // The memo answers for the bytes; a rule that reads every file at this path wants them whatever they hold.
    if (!(words === true || (words !== false && words.size > 0) || gate.readsWhole(shown))) return undefined;
    // Undecoded: the detection thread decodes it, and takes what the gate said here instead of asking again.
    return { ...baseOf(item), data, bytes: data.length, ...(words instanceof Map ? { hits: words } : { passed: true }) };
  };

  async function* take(): AsyncGenerator<Chunk> {
    const item = queue.shift();
    if (!item) return;
    if ('chunk' in item) {
      yield item.chunk;
      return;
    }
    if ('repeat' in item) {
      repeat(item);
      return;
    }
    const result = await item.blob;
    if (result.kind === 'large') {
      yield* largeChunks(item, result.sha, result.size);
      return;
    }
    const chunk = toChunk(item, result);
    if (chunk) yield chunk;
  }

  /** The commit as `git log -M` lists it: its entries asked again where an inexact rename may hide. */
  const withRenames = async (commit: LogCommit): Promise<LogCommit> =>
    mayHaveInexactRenames(commit) ? { ...commit, entries: await renames.entries(commit.sha) } : commit;

  /** The commits of each piece of git's output, then those its end completes. */
  async function* logged(): AsyncGenerator<LogCommit[]> {
    for await (const data of log.stdout) yield parser.push(data as Buffer);
    yield parser.end();
  }

  let finished = false;
  try {
    for await (const commits of logged()) {
      for (const listed of commits) {
        const commit = await withRenames(listed);
        const info = planCommit(commit);
        for (let at = planEntries(commit, info, 0); at < commit.entries.length; at = planEntries(commit, info, at)) {
          while (queue.length > READ_AHEAD) yield* take();
        }
      }
      while (queue.length > READ_AHEAD) yield* take();
    }
    while (queue.length) yield* take();
    await log.done;
    await blobs.close();
    await renames.close();
    finished = true;
  } finally {
    if (!finished) {
      log.kill();
      blobs.kill();
      renames.kill();
    }
  }
  if (missing > MAX_LISTED_ERRORS) {
    stats.errors.push({ path: '(history)', message: `${missing - MAX_LISTED_ERRORS} more blobs are missing` });
  }
}
