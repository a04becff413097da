import picomatch from 'picomatch';

/**
 * The config's `ignore` globs as a test on repository paths, meaning what they mean to the files source
 * (fast-glob, relative to the root, dot files included): a path is ignored when it, or a directory
 * above it, matches.
 */
export function ignoreMatcher(globs: readonly string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (path) => {
    for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
      if (matches(path.slice(0, end))) return true;
    }
    return false;
  };
}
