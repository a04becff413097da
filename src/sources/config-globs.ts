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

/** A .gitignore line as globs of the linear matcher (patterns/glob.ts), each saying whether it matches directories only. */
function translate(line: string): Array<{ glob: string; dirOnly: boolean }> {
  let glob = line.replace(/ +$/, ''); // as in .gitignore, trailing spaces are not part of it
  const dirOnly = glob.endsWith('/');
  glob = glob.replace(/\/+$/, '');
  const anchored = glob.includes('/');
  glob = glob.replace(/^\/+/, '');
  // `x/**` is what x holds, not x (the glob's own `**` takes none too): a file named x is not ignored, and
  // `x/**/` is the directories below x. When it is all that x holds, x itself is, as a directory, so that
  // the walk never enters it.
  if (glob.endsWith('/**')) {
    const inside = { glob: `${glob}/*`, dirOnly };
    return dirOnly ? [inside] : [inside, { glob: glob.slice(0, -3), dirOnly: true }];
  }
  // A name at any depth is `**/name`; `**` alone already is everything.
  return [{ glob: anchored || glob === '**' ? glob : `**/${glob}`, dirOnly }];
}

/** The translated lines as one test. */
function ignoreTest(lines: ReadonlyArray<{ glob: string; dirOnly: boolean }>): IgnoreTest {
  const any = compileGlobs(lines.filter((l) => !l.dirOnly).map((l) => l.glob));
  const dirs = compileGlobs(lines.filter((l) => l.dirOnly).map((l) => l.glob));
  return (rel, dir) => any(rel) || (dir && dirs(rel));
}

/** The config's globs as one test. A directory that matches is not entered at all, so an ignored tree costs nothing. */
export function configIgnore(globs: readonly string[]): IgnoreTest {
  return ignoreTest(globs.flatMap(translate));
}

/**
 * The test, also true for a path under a directory it matches: for what is seen without walking down to it.
 * Every directory a path lies in is a directory, so each glob applies to them.
 */
export function configIgnoreWithParents(globs: readonly string[]): IgnoreTest {
  const lines = globs.flatMap(translate);
  const test = ignoreTest(lines);
  const parents = compileGlobs(lines.map((l) => l.glob), true);
  return (rel, dir) => test(rel, dir) || parents(rel);
}

/** The config's globs as a test on the path of a file (the staged index, history): it, or a directory above it. */
export function configIgnorePath(globs: readonly string[]): (path: string) => boolean {
  const ignored = configIgnoreWithParents(globs);
  return (path) => ignored(path, false);
}
