// The config's `ignore` globs mean what the same line means in a .gitignore at the root (gitignore(5)),
// in the files, staged and history sources alike:
// - a leading `/` anchors to the root; a glob with a `/` elsewhere is relative to the root too;
// - a glob with no `/` (but a trailing one) matches a name at any depth;
// - a trailing `/` matches directories only; what a matched directory holds is ignored with it;
// - `*` and `?` stay within one directory, `**` spans any number, `[...]` and `[!...]` are classes.
// What a .gitignore line can do and this cannot is refused with an error naming the glob, never
// silently matched against nothing: a `!` negation, and backslashes (escapes there, Windows separators here).
import picomatch from 'picomatch';

/** Is this path (relative, `/`-separated) one not to scan? `dir` says whether it names a directory. */
export type IgnoreTest = (rel: string, dir: boolean) => boolean;

// Braces and extglobs are literal in .gitignore.
const GLOB_OPTIONS = { dot: true, nobrace: true, noextglob: true, nonegate: true } as const;

/** The one place that matches a glob against a path: the glob engine can change here alone. */
const globMatcher = (glob: string): ((path: string) => boolean) => picomatch(glob, GLOB_OPTIONS);

/** Why a glob cannot be used, or undefined when it can; `config.ts` turns the reason into an error. */
export function unsupportedGlob(glob: string): string | undefined {
  if (glob.includes('\\')) return 'a glob with / between directories (a backslash is neither a separator nor an escape here)';
  if (glob.startsWith('!')) return 'a glob without a leading "!" (negation is not supported: narrow the other globs instead)';
  if (glob.replace(/[\s/]/g, '') === '') return 'a glob that names something (this one matches nothing)';
  return undefined;
}

/** One glob as a test on a path and whether it is a directory. */
function compile(glob: string): IgnoreTest {
  let pattern = glob.replace(/ +$/, ''); // as in .gitignore, trailing spaces are not part of it
  const dirOnly = pattern.endsWith('/');
  pattern = pattern.replace(/\/+$/, '');
  const anchored = pattern.includes('/');
  pattern = pattern.replace(/^\/+/, '');
  const match = globMatcher((anchored ? pattern : `**/${pattern}`).replace(/\[!/g, '[^'));
  return (rel, dir) => (dir || !dirOnly) && match(rel);
}

/** The config's globs as one test. A directory that matches is not entered at all, so an ignored tree costs nothing. */
export function configIgnore(globs: readonly string[]): IgnoreTest {
  const tests = globs.map(compile);
  return (rel, dir) => tests.some((test) => test(rel, dir));
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
