import { execFile } from 'node:child_process';
import { compileGlobs } from '../patterns/glob.js';

/** Is this path (relative, forward slashes) one not to scan? `dir` says whether it names a directory. */
export type IgnoreTest = (rel: string, dir: boolean) => boolean;

// The config's `ignore` globs, relative to the scan root. A directory that matches (`vendor`,
// `dist/**`, `**/node_modules`) is not entered at all, so an ignored tree costs nothing.
export function configIgnore(globs: readonly string[]): IgnoreTest {
  if (!globs.length) return () => false;
  const match = compileGlobs(globs);
  return (rel, dir) => match(rel) || (dir && match(`${rel}/`));
}

/**
 * The same globs as a test on a whole path, for sources that see files rather than walk directories
 * (the staged index, history): a path is ignored when it, or a directory above it, is.
 */
export function configIgnorePath(globs: readonly string[]): (path: string) => boolean {
  const ignored = configIgnore(globs);
  return (path) => {
    if (ignored(path, false)) return true;
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      if (ignored(path.slice(0, end), true)) return true;
    }
    return false;
  };
}

// Variables git sets for hooks: they point at the outer repository, not a nested one.
const GIT_ENV = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'];

/**
 * What git ignores under `dir` (.gitignore files, .git/info/exclude, core.excludesFile), asked of git
 * itself so that every rule means what it means to git. Ignored directories come back once, with a
 * trailing slash (`--directory`), so the set stays small however many files they hold. `undefined`
 * outside a work tree. A directory that git ignores as a whole (`./`) was named on purpose: no rules.
 */
export async function gitIgnore(dir: string, nested: boolean): Promise<IgnoreTest | undefined> {
  const env = { ...process.env };
  if (nested) for (const name of GIT_ENV) delete env[name];
  const out = await new Promise<string | undefined>((resolve) => {
    execFile(
      'git',
      ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.'],
      { cwd: dir, env, maxBuffer: 1024 ** 3 },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
  if (out === undefined) return undefined;
  const ignored = new Set(out.split('\0').filter((p) => p && p !== './'));
  if (!ignored.size) return () => false;
  return (rel, isDir) => ignored.has(isDir ? `${rel}/` : rel);
}
