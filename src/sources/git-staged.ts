// What the next commit will contain: the index, never the work tree. Which lines a commit adds comes
// from the staged diff (`git diff-index --cached`), the text around them from the staged blob, so that
// context (a keyword on the line above, the other half of an HMAC pair) is the committed one. Both are
// streamed: the diff is parsed as it comes and kept as a few numbers per hunk, and a blob larger than a
// segment is never held whole, so memory does not grow with the size of what is staged.
import { readFile } from 'node:fs/promises';
import { ScanError } from '../errors.js';
import type { Chunk, LineRanges } from '../types.js';
import { DiffParser } from './diff-parser.js';
import { BlobReader, blobPieces, type BlobResult } from './git-blobs.js';
import { NulTokenizer, RawEntryParser, type RawEntry } from './git-log-parser.js';
import { emptyTree, gitRunner, isNullSha, SUBMODULE_MODE, workTreeFacts, type GitRunner, type WorkTreeFacts } from './git.js';
import { configIgnorePath } from './config-globs.js';
import { intersectRanges } from './line-ranges.js';
import { mapUtf8, namePath, showPath } from './path-bytes.js';
import { segmentBytes, segmentSize, type ChunkBase } from './segments.js';
import { countRead, type SourceStats } from './source.js';
import { asBuffer, decodeText, hasWideBom, isBinary } from '../engine/text.js';

export interface StagedOptions {
  cwd: string;
  /** The work tree's facts, when the caller has asked git for them already (one `rev-parse` serves the whole run). */
  facts?: WorkTreeFacts;
  ignore: readonly string[];
  /** Blobs larger than this are streamed and scanned in segments (see segments.ts). */
  segmentSize: number;
}

/** Options that make `diff-index` output the same whatever the user's config says. */
const DIFF_OPTIONS = ['--cached', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];

/** Pathspecs per git call: far below any system's limit on the length of a command line. */
const PATHSPECS_PER_CALL = 500;

/** The commits a merge in progress will have as parents besides HEAD. */
async function mergeHeads(facts: WorkTreeFacts): Promise<string[]> {
  const text = await readFile(facts.mergeHeadFile, 'utf8').catch(() => '');
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

async function stagedEntries(git: GitRunner, base: string): Promise<RawEntry[]> {
  const out = await git.run(['diff-index', ...DIFF_OPTIONS, '-z', '--raw', '--no-abbrev', base]);
  const parser = new RawEntryParser();
  new NulTokenizer().push(out, (t) => parser.token(t));
  return parser.entries;
}

/** Blob sizes by object name, from `cat-file --batch-check`: no content is read. */
async function blobSizes(git: GitRunner, shas: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (!shas.length) return sizes;
  const out = (await git.run(['cat-file', '--batch-check'], `${shas.join('\n')}\n`)).toString('utf8');
  for (const line of out.split('\n')) {
    const [sha = '', type, size] = line.split(' ');
    if (type === 'blob') sizes.set(sha, Number(size));
  }
  return sizes;
}

/** U+2028 and U+2029 in UTF-8. */
const LINE_SEPARATORS = [Buffer.from('\u2028'), Buffer.from('\u2029')];

/** Does a line end here that git does not count (locate.ts): a CR alone (not before an LF), U+2028 or U+2029? */
function hasOtherLineBreaks(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x0d); at !== -1; at = bytes.indexOf(0x0d, at + 1)) if (bytes[at + 1] !== 0x0a) return true;
  const buffer = asBuffer(bytes);
  return LINE_SEPARATORS.some((separator) => buffer.includes(separator));
}

/**
 * A pathspec for one path (a byte string) that git reads exactly. A command line is text, so a name that is
 * not UTF-8 becomes a glob in which `?` stands for each stray byte (git's `?` matches one byte): it may match
 * a few more paths, never fewer.
 */
function pathspec(bytePath: string, magic: string): string {
  const { path: text, pathBytes } = namePath(bytePath);
  if (pathBytes === undefined) return `:(top,literal${magic})${text}`;
  const glob = mapUtf8(Buffer.from(bytePath, 'latin1'), (valid) => valid.replace(/[*?[\\]/g, '\\$&'), () => '?');
  return `:(top,glob${magic})${glob}`;
}

/**
 * Every new file larger than a segment (by the sizes `--raw` names): all its lines are new, so git need not
 * diff it, which would cost git about three times the file in memory. Only paths git can be told exactly
 * are left out of the diff (a name that is not UTF-8 stays in it).
 */
async function largeAdditions(git: GitRunner, entries: readonly RawEntry[], size: number): Promise<Set<string>> {
  const added = entries.filter((e) => e.status === 'A' && e.dstMode !== SUBMODULE_MODE && namePath(e.path).pathBytes === undefined);
  const sizes = await blobSizes(git, added.map((e) => e.dstSha));
  return new Set(added.filter((e) => (sizes.get(e.dstSha) ?? 0) > size).map((e) => e.path));
}

interface AddedLines {
  /** Per path (a byte string): the lines the index adds. */
  added: Map<string, LineRanges>;
  /** Paths git took for binary, so printed no lines. */
  binary: Set<string>;
}

/** Runs one `diff-index -p -U0` and parses it as it streams. */
async function streamDiff(git: GitRunner, args: readonly string[], into: AddedLines): Promise<void> {
  const diff = git.stream(['diff-index', ...DIFF_OPTIONS, '-p', '-U0', ...args]);
  const parser = new DiffParser();
  const keep = (files: ReturnType<DiffParser['end']>): void => {
    for (const file of files) {
      if (file.newPath === undefined) continue;
      if (file.binary) into.binary.add(file.newPath);
      into.added.set(file.newPath, file.added);
    }
  };
  try {
    for await (const data of diff.stdout) keep(parser.push(data as Buffer));
    keep(parser.end());
    await diff.done;
  } finally {
    diff.kill();
  }
}

/**
 * The lines the index adds, per path, relative to `base`: every path but `exclude`, or (with `text`) only
 * `only`, as text even where git takes a file for binary (UTF-16, a `binary` attribute).
 */
async function addedLines(git: GitRunner, base: string, paths: { exclude: readonly string[] } | { only: readonly string[] }): Promise<AddedLines> {
  const lines: AddedLines = { added: new Map(), binary: new Set() };
  if ('exclude' in paths) {
    const excluded = paths.exclude.map((p) => pathspec(p, ',exclude'));
    await streamDiff(git, [base, '--', ...excluded], lines);
    return lines;
  }
  const specs = paths.only.map((p) => pathspec(p, ''));
  for (let at = 0; at < specs.length; at += PATHSPECS_PER_CALL) {
    await streamDiff(git, ['--text', base, '--', ...specs.slice(at, at + PATHSPECS_PER_CALL)], lines);
  }
  return lines;
}

/** Lines new against every parent: during a merge, what the resolution itself adds. */
function newAgainstAll(diffs: readonly AddedLines[], file: string): LineRanges {
  const [first = [], ...rest] = diffs.map((d) => d.added.get(file) ?? []);
  return rest.reduce<LineRanges>(intersectRanges, first);
}

type Present = Exclude<BlobResult, { kind: 'missing' }>;

/** A staged blob; a missing one is an error in the stats. */
async function readBlob(blobs: BlobReader, entry: RawEntry, stats: SourceStats): Promise<Present | undefined> {
  const blob = await blobs.read(entry.dstSha);
  blobs.release(blob);
  if (blob.kind !== 'missing') return blob;
  stats.errors.push({ ...namePath(entry.path), message: `staged blob ${entry.dstSha} is missing from the object database` });
  return undefined;
}

interface Scan {
  git: GitRunner;
  size: number;
  stats: SourceStats;
}

/** The chunks of one staged blob; `lines` undefined: every line is new. */
async function* blobChunks({ git, size, stats }: Scan, entry: RawEntry, blob: Present, lines: LineRanges | undefined): AsyncGenerator<Chunk> {
  const base: ChunkBase = { origin: { kind: 'staged', ...namePath(entry.path) } };
  if (lines) base.changedLines = lines;
  if (blob.kind === 'large') {
    countRead(stats, yield* segmentBytes(blobPieces(git, blob.sha), base, size), blob.size);
    return;
  }
  const decoded = decodeText(blob.data);
  countRead(stats, decoded.kind, blob.size);
  if (decoded.kind === 'text') yield { ...base, text: decoded.text, bytes: blob.size };
}

export async function* stagedChunks(options: StagedOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const here = gitRunner(options.cwd);
  const facts = options.facts ?? (await workTreeFacts(here));
  if (!facts) throw new ScanError('not-a-repo', `scan --staged: ${options.cwd} is not inside a git work tree`);
  // Run from the top: the index's paths are relative to it, and so must be the pathspecs we give.
  const git = gitRunner(facts.top, here.env);
  const { head } = facts;
  if (!head) stats.notes.push('first commit: every staged line is new');
  const merging = head ? await mergeHeads(facts) : [];
  if (merging.length) stats.notes.push('merge in progress: only lines that differ from every parent (the resolution) are judged');
  const bases = [head ?? (await emptyTree(git)), ...merging];

  const entries = await stagedEntries(git, bases[0] as string);
  const ignored = configIgnorePath(options.ignore);
  const unmerged = entries.filter((e) => e.status === 'U');
  for (const e of unmerged) stats.errors.push({ ...namePath(e.path), message: 'unmerged: resolve the conflict and stage the result before committing' });
  const wanted = entries.filter((e) => e.status !== 'U' && !isNullSha(e.dstSha) && !ignored(showPath(e.path)));
  if (entries.length === 0) stats.notes.push('nothing is staged');
  if (wanted.length === 0) return;

  const scan: Scan = { git, size: segmentSize(options.segmentSize), stats };
  // During a merge a new file may stand in a parent other than HEAD, and its diff against that parent counts.
  const allNew = merging.length ? new Set<string>() : await largeAdditions(git, wanted, scan.size);
  const diffs = await Promise.all(bases.map((b) => addedLines(git, b, { exclude: [...allNew] })));
  // Files git takes for binary and we read as text (UTF-16, a `binary` attribute): their lines come from a
  // `--text` diff, asked once the others are done; then their blobs are read again, rather than held.
  const asText: RawEntry[] = [];
  const blobs = new BlobReader(git, scan.size);
  try {
    for (const entry of wanted) {
      if (entry.dstMode === SUBMODULE_MODE) {
        stats.skipped.push({ ...namePath(entry.path), reason: 'submodule' });
        continue;
      }
      const whole = allNew.has(entry.path);
      const gitBinary = !whole && diffs.some((d) => d.binary.has(entry.path));
      const lines = whole ? undefined : newAgainstAll(diffs, entry.path);
      if (lines?.length === 0 && !gitBinary) continue; // a pure rename, a mode change, an empty file, a merge taking one side
      const blob = await readBlob(blobs, entry, stats);
      if (!blob) continue;
      const head = blob.kind === 'large' ? blob.head : blob.data;
      if (isBinary(head)) {
        stats.binary++;
      } else if (hasWideBom(head) || hasOtherLineBreaks(head)) {
        // git numbers lines by 0x0A bytes, which UTF-16 and UTF-32 hold inside characters (a `😊`, a `Њ`),
        // and a CR alone or U+2028 ends a line for us (locate.ts), not for git. (Of a blob too large to hold, its head.)
        stats.notes.push(`${showPath(entry.path)}: its lines are not git's (UTF-16, UTF-32, or lines ended by CR alone, U+2028 or U+2029): judged whole, not only its staged lines`);
        yield* blobChunks(scan, entry, blob, undefined);
      } else if (gitBinary) asText.push(entry);
      else yield* blobChunks(scan, entry, blob, lines);
    }
  } finally {
    await blobs.close();
  }
  if (asText.length === 0) return;
  const textDiffs = await Promise.all(bases.map((b) => addedLines(git, b, { only: asText.flatMap((e) => (e.fromPath ? [e.fromPath, e.path] : [e.path])) })));
  const again = new BlobReader(git, scan.size);
  try {
    for (const entry of asText) {
      const blob = await readBlob(again, entry, stats);
      if (blob) yield* blobChunks(scan, entry, blob, newAgainstAll(textDiffs, entry.path));
    }
  } finally {
    await again.close();
  }
}
