import { closeSync, constants, openSync } from 'node:fs';
import type { IgnoreTest } from './config-globs.js';
import { gitEnv, gitRunner } from './git.js';
import { fsPath, namePath } from './path-bytes.js';

/**
 * Runs `run` with a working directory for a child process in `dir` (a byte string). A child's cwd is
 * text, so a directory whose name is not UTF-8 is reached through a descriptor of ours (Linux's
 * /proc/<pid>/fd). Elsewhere such a directory gets no git rules: everything in it is scanned.
 */
async function inDirectory<T>(dir: string, run: (cwd: string) => Promise<T>): Promise<T | undefined> {
  const { path: text, pathBytes } = namePath(dir);
  if (pathBytes === undefined) return run(text);
  if (process.platform !== 'linux') return undefined;
  const fd = openSync(fsPath(dir), constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    return await run(`/proc/${process.pid}/fd/${fd}`);
  } finally {
    closeSync(fd);
  }
}

// Variables git sets for hooks: they point at the outer repository, not a nested one.
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'];

/** What the walk learns from git about the work tree a directory is in. */
export interface WorkTree {
  /** What git ignores under the directory. */
  ignored: IgnoreTest;
  /** Tracked paths under it that a sparse checkout leaves out of the work tree: not on disk, so not scanned. */
  outsideSparse: number;
}

/** Counts the entries of `ls-files -z -t` tagged `S` (skip-worktree: left out of a sparse checkout). */
const skipWorktree = (out: Buffer): number => out.toString('latin1').split('\0').filter((entry) => entry.startsWith('S ')).length;

/**
 * What git ignores under `dir` (.gitignore files, .git/info/exclude, core.excludesFile), asked of git
 * itself so that every rule means what it means to git. Ignored directories come back once, with a
 * trailing slash (`--directory`), so the set stays small however many files they hold. `undefined`
 * outside a work tree. A directory that git ignores as a whole (`./`) was named on purpose: no rules.
 * In a sparse checkout (`core.sparseCheckout`), also how many tracked paths under `dir` are not on disk.
 */
export async function workTree(dir: string, nested: boolean): Promise<WorkTree | undefined> {
  const env = { ...process.env };
  if (nested) for (const name of GIT_ENV) delete env[name];
  const asked = await inDirectory(dir, async (cwd) => {
    const git = gitRunner(cwd, gitEnv(process.cwd(), env));
    const others = await git.tryRun(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.']);
    if (others === undefined) return undefined;
    const sparse = (await git.tryRun(['config', '--bool', 'core.sparseCheckout']))?.toString('utf8').trim() === 'true';
    return { others, tagged: sparse ? await git.tryRun(['ls-files', '-z', '-t', '--', '.']) : undefined };
  }).catch(() => undefined); // not a work tree, or no git at all: no rules
  if (asked === undefined) return undefined;
  const outsideSparse = asked.tagged ? skipWorktree(asked.tagged) : 0;
  // Byte strings, as the walk names entries (path-bytes.ts).
  const ignored = new Set(asked.others.toString('latin1').split('\0').filter((p) => p && p !== './'));
  return { ignored: ignored.size ? (rel, isDir) => ignored.has(isDir ? `${rel}/` : rel) : () => false, outsideSparse };
}
