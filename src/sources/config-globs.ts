// The config's `ignore` globs mean what the same line means in a .gitignore at the root (gitignore(5)),
// in the files, staged and history sources alike:
// - a leading `/` anchors to the root; a glob with a `/` elsewhere is relative to the root too;
// - a glob with no `/` (but a trailing one) matches a name at any depth;
// - a trailing `/` matches directories only; what a matched directory holds is ignored with it;
// - `*` and `?` stay within one directory, `**` spans any number, `[...]` and `[!...]` are classes.
// What a .gitignore line can do and this cannot is refused with an error naming the glob, never
// silently matched against nothing: a `!` negation, and backslashes (escapes there, Windows separators here).
// Matching is linear in the path, whatever the glob (patterns/glob.ts).
import { compileGlobs } from '../patterns/glob.js';

/** Is this path (relative, `/`-separated) one not to scan? `dir` says whether it names a directory. */
export type IgnoreTest = (rel: string, dir: boolean) => boolean;

/** Why a glob cannot be used, or undefined when it can; `config.ts` turns the reason into an error. */
export function unsupportedGlob(glob: string): string | undefined {
  if (glob.includes('\\')) return 'a glob with / between directories (a backslash is neither a separator nor an escape here)';
  if (glob.startsWith('!')) return 'a glob without a leading "!" (negation is not supported: narrow the other globs instead)';
  if (glob.replace(/[\s/]/g, '') === '') return 'a glob that names something (this one matches nothing)';
  try {
    configIgnore([glob]);
  } catch (error) {
    return `a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

/** A .gitignore line as a glob of the linear matcher (patterns/glob.ts), and whether it matches directories only. */
function translate(line: string): { glob: string; dirOnly: boolean } {
  let glob = line.replace(/ +$/, ''); // as in .gitignore, trailing spaces are not part of it
  const dirOnly = glob.endsWith('/');
  glob = glob.replace(/\/+$/, '');
  const anchored = glob.includes('/');
  glob = glob.replace(/^\/+/, '');
  // A name at any depth is `**/name`; `**` alone already is everything.
  return { glob: anchored || glob === '**' ? glob : `**/${glob}`, dirOnly };
}

/** The config's globs as one test. A directory that matches is not entered at all, so an ignored tree costs nothing. */
export function configIgnore(globs: readonly string[]): IgnoreTest {
  const lines = globs.map(translate);
  const any = compileGlobs(lines.filter((l) => !l.dirOnly).map((l) => l.glob));
  const dirs = compileGlobs(lines.filter((l) => l.dirOnly).map((l) => l.glob));
  return (rel, dir) => any(rel) || (dir && dirs(rel));
}

/** The test, also true for a path under a directory it matches: for what is seen without walking down to it. */
export function withParents(test: IgnoreTest): IgnoreTest {
  return (path, dir) => {
    if (test(path, dir)) return true;
    for (let end = path.indexOf('/'); end > 0; end = path.indexOf('/', end + 1)) {
      if (test(path.slice(0, end), true)) return true;
    }
    return false;
  };
}

/** The config's globs as a test on the path of a file (the staged index, history): it, or a directory above it. */
export function configIgnorePath(globs: readonly string[]): (path: string) => boolean {
  const ignored = withParents(configIgnore(globs));
  return (path) => ignored(path, false);
}
