import { closeSync, constants, openSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { NamedPath } from '../types.js';
import { describeError } from './describe-error.js';
import type { IgnoreTest } from './config-globs.js';
import { workTree } from './git-ignore.js';
import { CHANGED, listingPath, whereabouts } from './opened-path.js';
import { fsPath, realBytes, showPath } from './path-bytes.js';
import { leavesBase } from '../posix-path.js';
import type { SourceStats } from './source.js';

// Paths here are byte strings (see path-bytes.ts): names are listed as bytes and opened as bytes.

/** A regular file found by the walk: where it is, where it must lead once opened (byte strings), how reports name it. */
export interface FileEntry {
  abs: string;
  real: string;
  shown: NamedPath;
}

export interface WalkOptions {
  /** The named directory, already resolved (realpath): symlinks never lead out of it. */
  realRoot: string;
  /** The config's `ignore` test, given paths (as text) relative to `configBase`. */
  configIgnored: IgnoreTest;
  /** How reports name a path under the walk. */
  show: (abs: string) => NamedPath;
  /** Outside a git work tree, skip `node_modules` and `.git` directories (`--no-default-ignores` turns it off). */
  defaultIgnores: boolean;
  /** Paths (resolved) under the walk that are named on the command line too: scanned as named, not here. */
  named?: ReadonlySet<string>;
}

/**
 * Directories that, outside a git work tree, hold what is not the project's own: installed packages and a
 * repository's internals. Inside one, .gitignore decides (and `.git` is git's own, never scanned).
 */
const DEFAULT_IGNORED = new Set(['node_modules', '.git']);

/** Where a directory sits for each set of ignore rules: its path relative to the rules' base. */
interface Place {
  abs: string;
  /** Where `abs` must lead: the named directory's realpath, and the names the walk went down by. */
  real: string;
  /** Relative to the base of the config's globs ('' at the base), as text: globs are text. */
  configRel: string;
  /** The rules of the git work tree the directory is in, and its path (bytes) relative to where they were asked. */
  git?: { ignored: IgnoreTest; rel: string };
}

/** A directory entry: its name as a byte string, and what the listing says it is. */
interface Listed {
  name: string;
  type: Dirent<Buffer>;
}

const join = (rel: string, name: string): string => (rel ? `${rel}/${name}` : name);

/** What one walk saw, so that a named directory with nothing in it, or default ignores, can say so. */
export interface WalkTally {
  files: number;
  others: number;
  /** Directories skipped by the default ignores (outside a work tree). */
  defaultIgnored: number;
  /** Tracked paths a sparse checkout leaves out of the work trees walked. */
  outsideSparse: number;
}

/**
 * Every regular file under a directory, depth first in name order (so runs are reproducible), one
 * directory listing in memory per level: memory follows the depth of the tree, not its size.
 * Skips `.git`, what git ignores (the rules of each work tree met on the way, nested ones too),
 * `node_modules` outside a work tree (unless told not to) and the config's globs. Symlinks are never
 * followed; non-regular files are listed as skipped, and a directory that cannot be read is an error
 * (the run will exit 2), never a silent gap.
 */
export async function* walk(
  dir: string,
  configBase: string,
  options: WalkOptions,
  stats: SourceStats,
  tally: WalkTally,
): AsyncGenerator<FileEntry> {
  const git = await workTree(dir, false);
  const configRel = showPath(path.relative(configBase, dir));
  const place: Place = { abs: dir, real: options.realRoot, configRel: leavesBase(configRel) ? '' : configRel };
  if (git) place.git = { ignored: git.ignored, rel: '' };
  tally.outsideSparse += git?.outsideSparse ?? 0;
  yield* walkDir(place, options, stats, tally, true);
}

// Directories are opened without following a link (but the named one, which may be a link the user gave).
const DIRECTORY = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * A directory's entries, or undefined when it cannot be listed (recorded in the stats). It is opened, checked
 * to be where the walk expects it (opened-path.ts) and listed through its descriptor: a directory swapped for
 * a link since its parent was listed is an error, never followed. Removed since then: skipped as vanished.
 */
function list(place: Place, options: WalkOptions, stats: SourceStats, top: boolean): Listed[] | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(place.abs), DIRECTORY | (top ? 0 : NO_FOLLOW));
    const where = whereabouts(fd, place.abs, place.real);
    if (where !== 'expected') {
      if (where === 'gone') stats.skipped.push({ ...options.show(place.abs), reason: 'vanished' });
      else stats.errors.push({ ...options.show(place.abs), message: CHANGED });
      return undefined;
    }
    const listed = readdirSync(listingPath(fd, place.abs), { withFileTypes: true, encoding: 'buffer' });
    return listed.map((type) => ({ name: type.name.toString('latin1'), type }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') stats.skipped.push({ ...options.show(place.abs), reason: 'vanished' });
    else if (code === 'ELOOP' || code === 'ENOTDIR') stats.errors.push({ ...options.show(place.abs), message: CHANGED });
    else stats.errors.push({ ...options.show(place.abs), message: `cannot list the directory: ${describeError(error)}` });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function* walkDir(place: Place, options: WalkOptions, stats: SourceStats, tally: WalkTally, top: boolean): AsyncGenerator<FileEntry> {
  const entries = list(place, options, stats, top);
  if (!entries) return;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (!top && entries.some((e) => e.name === '.git')) {
    // A nested repository or submodule: its own ignore rules apply below it.
    const nested = await workTree(place.abs, true);
    if (nested) place = { ...place, git: { ignored: nested.ignored, rel: '' } };
    tally.outsideSparse += nested?.outsideSparse ?? 0;
  }
  for (const entry of entries) {
    if (entry.name === '.git' && place.git) continue; // git's own
    if (DEFAULT_IGNORED.has(entry.name) && !place.git && options.defaultIgnores) {
      if (entry.type.isDirectory()) tally.defaultIgnored++;
      continue;
    }
    const abs = path.join(place.abs, entry.name);
    const real = path.join(place.real, entry.name);
    const configRel = join(place.configRel, showPath(entry.name));
    const gitRel = place.git ? join(place.git.rel, entry.name) : '';
    const isDir = entry.type.isDirectory();
    if (options.named?.has(real)) continue;
    if (options.configIgnored(configRel, isDir) || place.git?.ignored(gitRel, isDir)) continue;
    if (isDir) {
      const child: Place = { abs, real, configRel };
      if (place.git) child.git = { ignored: place.git.ignored, rel: gitRel };
      yield* walkDir(child, options, stats, tally, false);
    } else if (entry.type.isFile()) {
      tally.files++;
      yield { abs, real, shown: options.show(abs) };
    } else {
      tally.others++;
      if (entry.type.isSymbolicLink()) await symlink(abs, options, stats);
      else stats.skipped.push({ ...options.show(abs), reason: 'not-a-file' });
    }
  }
}

/** Is `target` the directory `root` or inside it? */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return !leavesBase(rel);
}

/**
 * Symlinks are never followed: one whose target lies inside the walk is scanned as that target,
 * one that leads out of it is not ours to read, and one that leads nowhere holds nothing. The
 * last two are listed, so the report shows what was left out.
 */
async function symlink(abs: string, options: WalkOptions, stats: SourceStats): Promise<void> {
  let target: string;
  try {
    target = await realBytes(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') stats.skipped.push({ ...options.show(abs), reason: 'broken-symlink' });
    else stats.errors.push({ ...options.show(abs), message: `cannot resolve the symbolic link: ${describeError(error)}` });
    return;
  }
  if (!isInside(options.realRoot, target)) stats.skipped.push({ ...options.show(abs), reason: 'symlink-outside-root' });
}
