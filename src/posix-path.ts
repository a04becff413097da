// Paths as reports, baselines, hooks and configs write them: forward slashes on every platform.
import path from 'node:path';

/** `p` with the platform's separators as `/`. */
export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** `to` relative to `from`, with forward slashes. */
export const posixRelative = (from: string, to: string): string => toPosix(path.relative(from, to));
