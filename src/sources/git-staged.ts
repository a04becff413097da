// What the next commit will contain: the index, never the work tree. Which lines a commit adds comes
// from the staged diff (`git diff-index --cached`), the text around them from the staged blob, so that
// context (a keyword on the line above, the other half of an HMAC pair) is the committed one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ScanError } from '../errors.js';
import type { Chunk } from '../types.js';
import { BlobReader, blobPieces } from './git-blobs.js';
import { configIgnorePath } from './ignore.js';
import { RawEntryParser, NulTokenizer, type RawEntry } from './git-log-parser.js';
import { emptyTree, gitRunner, headCommit, isNullSha, revParseFlag, SUBMODULE_MODE, type GitRunner } from './git.js';
import { parseDiff } from './diff-parser.js';
import type { SourceStats } from './source.js';
import { decodeText } from './text.js';
import { namePath, showPath } from './path-bytes.js';
import { segmentBytes, segmentSize, type ChunkBase } from './segments.js';

export interface StagedOptions {
  cwd: string;
  ignore: readonly string[];
  /** Blobs larger than this are streamed and scanned in segments (see segments.ts). */
  segmentSize: number;
}

/** Options that make `diff-index` output the same whatever the user's config says. */
const DIFF_OPTIONS = ['--cached', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];

/** The commits a merge in progress will have as parents besides HEAD. */
async function mergeHeads(git: GitRunner): Promise<string[]> {
  const file = (await git.run(['rev-parse', '--git-path', 'MERGE_HEAD'])).toString('utf8').trim();
  const text = await readFile(path.resolve(git.cwd, file), 'utf8').catch(() => '');
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

async function stagedEntries(git: GitRunner, base: string): Promise<RawEntry[]> {
  const out = await git.run(['diff-index', ...DIFF_OPTIONS, '-z', '--raw', '--no-abbrev', base]);
  const parser = new RawEntryParser();
  const tokens = new NulTokenizer();
  tokens.push(out, (t) => parser.token(t));
  return parser.entries;
}

/**
 * New-side line numbers the index adds, per path, relative to `base`. `--text` (for the few files git
 * takes for binary but we read as text, such as UTF-16) is asked only for the paths named.
 */
async function addedLines(git: GitRunner, base: string, only?: readonly string[]): Promise<{ added: Map<string, Set<number>>; binary: Set<string> }> {
  const args = only ? ['--literal-pathspecs', 'diff-index', ...DIFF_OPTIONS, '-p', '-U0', '--text', base, '--', ...only] : ['diff-index', ...DIFF_OPTIONS, '-p', '-U0', base];
  const diff = (await git.run(args)).toString('latin1');
  const added = new Map<string, Set<number>>();
  const binary = new Set<string>();
  for (const file of parseDiff(diff)) {
    if (file.newPath === undefined) continue;
    if (file.binary) binary.add(file.newPath);
    const lines = added.get(file.newPath) ?? new Set<number>();
    for (const n of file.added) lines.add(n);
    added.set(file.newPath, lines);
  }
  return { added, binary };
}

/** Lines new against every parent: during a merge, what the resolution itself adds. */
function intersect(sets: ReadonlyArray<Map<string, Set<number>>>, file: string): Set<number> {
  const [first, ...rest] = sets.map((s) => s.get(file) ?? new Set<number>());
  return new Set([...(first ?? [])].filter((n) => rest.every((s) => s.has(n))));
}

export async function* stagedChunks(options: StagedOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const git = gitRunner(options.cwd);
  if (!(await revParseFlag(git, '--is-inside-work-tree'))) {
    throw new ScanError('not-a-repo', `scan --staged: ${options.cwd} is not inside a git work tree`);
  }
  const head = await headCommit(git);
  if (!head) stats.notes.push('first commit: every staged line is new');
  const merging = head ? await mergeHeads(git) : [];
  if (merging.length) stats.notes.push('merge in progress: only lines that differ from every parent (the resolution) are judged');
  const bases = [head ?? (await emptyTree(git)), ...merging];

  const entries = await stagedEntries(git, bases[0] as string);
  const ignored = configIgnorePath(options.ignore);
  const unmerged = entries.filter((e) => e.status === 'U');
  for (const e of unmerged) stats.errors.push({ ...namePath(e.path), message: 'unmerged: resolve the conflict and stage the result before committing' });
  const wanted = entries.filter((e) => e.status !== 'U' && !isNullSha(e.dstSha) && !ignored(showPath(e.path)));
  if (entries.length === 0) stats.notes.push('nothing is staged');
  if (wanted.length === 0) return;

  const diffs = await Promise.all(bases.map((b) => addedLines(git, b)));
  const size = segmentSize(options.segmentSize);
  const blobs = new BlobReader(git, size);
  /** A blob too large to hold, streamed and scanned in segments. */
  async function* large(base: ChunkBase, entry: RawEntry, bytes: number): AsyncGenerator<Chunk> {
    const kind = yield* segmentBytes(blobPieces(git, entry.dstSha), base, size);
    if (kind === 'binary') stats.binary++;
    else {
      stats.files++;
      stats.bytes += bytes;
    }
  }
  // Files git takes for binary and we read as text (UTF-16, a `binary` attribute): their lines come from a
  // `--text` diff. A large one is streamed again once its lines are known (`text` undefined).
  const textDiffs: Array<{ entry: RawEntry; text?: string; bytes: number }> = [];
  try {
    for (const entry of wanted) {
      if (entry.dstMode === SUBMODULE_MODE) {
        stats.skipped.push({ ...namePath(entry.path), reason: 'submodule' });
        continue;
      }
      const gitBinary = diffs.some((d) => d.binary.has(entry.path));
      const lines = intersect(diffs.map((d) => d.added), entry.path);
      if (lines.size === 0 && !gitBinary) continue; // a pure rename, a mode change, an empty file, a merge taking one side
      const blob = await blobs.read(entry.dstSha);
      blobs.release(blob);
      if (blob.kind === 'missing') {
        stats.errors.push({ ...namePath(entry.path), message: `staged blob ${entry.dstSha} is missing from the object database` });
        continue;
      }
      if (blob.kind === 'large') {
        if (gitBinary) textDiffs.push({ entry, bytes: blob.size });
        else yield* large({ origin: { kind: 'staged', ...namePath(entry.path) }, changedLines: lines }, entry, blob.size);
        continue;
      }
      const decoded = decodeText(blob.data);
      if (decoded.kind === 'binary') {
        stats.binary++;
        continue;
      }
      stats.files++;
      stats.bytes += blob.size;
      if (gitBinary) textDiffs.push({ entry, text: decoded.text, bytes: blob.size });
      else yield { origin: { kind: 'staged', ...namePath(entry.path) }, text: decoded.text, bytes: blob.size, changedLines: lines };
    }
  } finally {
    await blobs.close();
  }
  if (textDiffs.length === 0) return;
  const paths = textDiffs.flatMap(({ entry }) => (entry.fromPath ? [entry.fromPath, entry.path] : [entry.path])).map(showPath);
  const asText = await Promise.all(bases.map((b) => addedLines(git, b, paths)));
  for (const { entry, text, bytes } of textDiffs) {
    const base: ChunkBase = { origin: { kind: 'staged', ...namePath(entry.path) }, changedLines: intersect(asText.map((d) => d.added), entry.path) };
    if (text === undefined) yield* large(base, entry, bytes);
    else yield { ...base, text, bytes };
  }
}
