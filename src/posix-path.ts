// Paths as reports, baselines, hooks and configs write them: forward slashes on every platform.
import path from 'node:path';

/** `p` with the platform's separators as `/`. */
export const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * Does a path made by `path.relative` lead out of where it was taken from? `..` and `../x` do, and an
 * absolute one (another drive); `..cfg/x` is a name inside.
 */
export const leavesBase = (rel: string): boolean => rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);

/** `to` relative to `from`, with forward slashes. */
export const posixRelative = (from: string, to: string): string => toPosix(path.relative(from, to));
