import type { Stats } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareText } from '../engine/sorted.js';
import { ScanError } from '../errors.js';
import type { Chunk, NamedPath } from '../types.js';
import { describeError } from './describe-error.js';
import { configIgnore, configIgnoreWithParents } from './config-globs.js';
import { fsPath, namePath, realBytes, showPath, toBytePath } from './path-bytes.js';
import { readEntry } from './read-file.js';
import { segmentSize } from './segments.js';
import type { SourceStats } from './source.js';
import { isInside, walk, type FileEntry, type WalkTally } from './walk.js';
import { leavesBase, toPosix } from '../posix-path.js';

export interface FilesOptions {
  /** Paths in output are relative to this directory. */
  root: string;
  /** Paths on the command line are relative to this one. */
  cwd: string;
  ignore: readonly string[];
  /** Files larger than this are read and scanned in segments (see segments.ts). */
  segmentSize: number;
  /** Outside a git work tree, leave out `node_modules` and `.git` (the default; `--no-default-ignores`). */
  defaultIgnores: boolean;
}

/**
 * How reports and the baseline name a file (both byte strings): relative to the root with forward slashes;
 * a file outside the root by its absolute path, which cannot be mistaken for one inside it.
 */
export function displayPath(root: string, file: string): NamedPath {
  const rel = path.relative(root, file);
  const shown = rel === '' ? path.basename(file) : leavesBase(rel) ? path.resolve(file) : rel;
  return namePath(toPosix(shown));
}

/**
 * `displayPath` for many paths under one root, each absolute and normalized (path.resolve's, and the walk's
 * below them): the root cut off, or (outside it) the path itself, without asking path.relative each time.
 */
export function pathShower(root: string): (abs: string) => NamedPath {
  const under = path.isAbsolute(root) && path.normalize(root) === root ? (root.endsWith(path.sep) ? root : root + path.sep) : undefined;
  return (abs) => {
    // The root itself (named with or without its trailing separator) is shown as displayPath names it.
    if (under === undefined || abs + path.sep === under || abs === under) return displayPath(root, abs);
    return namePath(toPosix(abs.startsWith(under) ? abs.slice(under.length) : abs));
  };
}

interface Target {
  given: string;
  /** The path as named (a byte string): reports show it. */
  abs: string;
  /** Where it leads: what is read, and what symlinks below a directory must stay inside. */
  real: string;
  kind: 'dir' | 'file';
  /** For a directory: the paths inside it named on the command line as well (resolved). */
  named?: Set<string>;
}

/** What a path that is not a file or directory is, in words. */
function notAFile(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  return info.isBlockDevice() ? 'a block device' : 'not a file';
}

/**
 * Every path named on the command line, checked before anything is scanned. One that cannot be scanned
 * stops the run (exit 2) with the reason, rather than leaving a silent gap behind a "clean" report: it does
 * not exist or cannot be looked at, it is a FIFO, socket or device (never opened), or it is a symlink to a
 * target outside the root (followed only inside it).
 */
async function resolveTargets(paths: readonly string[], options: FilesOptions): Promise<Target[]> {
  const root = toBytePath(options.root);
  const realRoot = await realBytes(root);
  const targets: Target[] = [];
  for (const given of paths) {
    const abs = path.resolve(toBytePath(options.cwd), toBytePath(given));
    const cannot = (why: string): never => {
      throw new ScanError('unreadable', `cannot scan ${given}: ${why}`);
    };
    const link = await lstat(fsPath(abs)).catch((error: unknown) => cannot(describeError(error)));
    const real = await realBytes(abs).catch((error: unknown) => cannot(`the symbolic link leads nowhere (${describeError(error)})`));
    if (link.isSymbolicLink() && !isInside(realRoot, real)) {
      cannot(`it is a symbolic link to ${showPath(real)}, outside the root, which is not followed (name that path to scan it)`);
    }
    const info = link.isSymbolicLink() ? await stat(fsPath(real)).catch((error: unknown) => cannot(describeError(error))) : link;
    if (info.isDirectory()) targets.push({ given, abs, real, kind: 'dir' });
    else if (info.isFile()) targets.push({ given, abs, real, kind: 'file' });
    else cannot(`it is ${notAFile(info)}, not a regular file (never opened: reading it could block, or never end)`);
  }
  // A path named twice is scanned once. One inside a directory also named is scanned as named (even where
  // git ignores it: `scan . .env` means .env), and the directory's walk passes over it.
  const unique = targets.filter((t, i) => !targets.some((o, j) => j < i && o.real === t.real));
  for (const dir of unique) {
    if (dir.kind !== 'dir') continue;
    const inside = unique.filter((t) => t !== dir && isInside(dir.real, t.real)).map((t) => t.real);
    if (inside.length) dir.named = new Set(inside);
  }
  return unique;
}

async function* entries(targets: readonly Target[], options: FilesOptions, stats: SourceStats): AsyncGenerator<FileEntry> {
  const configIgnored = configIgnore(options.ignore);
  const namedIgnored = configIgnoreWithParents(options.ignore);
  const root = toBytePath(options.root);
  const show = pathShower(root);
  let defaultIgnored = 0;
  let outsideSparse = 0;
  for (const target of targets) {
    // Config globs are relative to the root; for a tree outside it, to the named directory.
    const configBase = isInside(root, target.abs) ? root : target.kind === 'dir' ? target.abs : path.dirname(target.abs);
    // A path named on the command line is scanned even if git ignores it (`scan .env` means it), but the
    // config's globs are the project's policy and still apply: the report says so.
    const rel = showPath(path.relative(configBase, target.abs));
    if (rel && namedIgnored(rel, target.kind === 'dir')) {
      stats.notes.push(`${target.given} not scanned: it matches an "ignore" glob in the config`);
      continue;
    }
    if (target.kind === 'file') {
      yield { abs: target.real, real: target.real, shown: show(target.abs) };
      continue;
    }
    const tally: WalkTally = { files: 0, others: 0, defaultIgnored: 0, outsideSparse: 0 };
    const walking = { realRoot: target.real, configIgnored, show, defaultIgnores: options.defaultIgnores, ...(target.named ? { named: target.named } : {}) };
    yield* walk(target.abs, configBase, walking, stats, tally);
    defaultIgnored += tally.defaultIgnored;
    outsideSparse += tally.outsideSparse;
    if (tally.files === 0) {
      const why = tally.others ? 'it holds no regular files' : 'it is empty, or everything in it is ignored';
      stats.notes.push(`nothing to scan in ${target.given}: ${why}`);
    }
  }
  if (outsideSparse) {
    stats.notes.push(`${outsideSparse} path${outsideSparse === 1 ? '' : 's'} outside the sparse cone ${outsideSparse === 1 ? 'was' : 'were'} not scanned (not in the work tree: \`scan --staged\` and \`history\` read them from git)`);
  }
  if (defaultIgnored) {
    const dirs = `${defaultIgnored} node_modules and .git director${defaultIgnored === 1 ? 'y' : 'ies'}`;
    stats.notes.push(`${dirs} outside a git work tree ${defaultIgnored === 1 ? 'was' : 'were'} not scanned (--no-default-ignores scans them)`);
  }
}

const byPath = (a: { path: string }, b: { path: string }): number => compareText(a.path, b.path);

/** Files named on the command line, and every file under directories named there. */
export async function* fileChunks(paths: readonly string[], options: FilesOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const targets = await resolveTargets(paths, options);
  for await (const entry of entries(targets, options, stats)) {
    yield* readEntry(entry, segmentSize(options.segmentSize), stats);
  }
  // Reads finish in any order: sorted lists make the report the same on every run.
  stats.skipped.sort(byPath);
  stats.errors.sort(byPath);
}
