import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Chunk } from '../types.js';
import { describeError } from './describe-error.js';
import { fsPath } from './path-bytes.js';
import type { SourceStats } from './source.js';
import { decodeText } from './text.js';
import type { FileEntry } from './walk.js';

// Never follow a symlink that appeared since the listing, and never wait on a FIFO for a writer:
// whatever opens is checked with fstat before a byte is read. (Both flags are 0 where unsupported.)
// Reads are synchronous on purpose: the files are local, detection runs on worker threads while the
// main thread reads the next ones, and a synchronous read of a cached file costs a fraction of the
// four thread-pool round trips (open, fstat, read, close) of the promise API.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * One file to one chunk, or to a line in the stats saying why not: binary (counted), too large, not
 * a regular file or gone since the listing (listed), unreadable (an error: the run exits 2).
 */
export function readEntry(entry: FileEntry, maxFileSize: number, stats: SourceStats): Chunk | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(entry.abs), FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) {
      stats.skipped.push({ ...entry.shown, reason: 'not-a-file' });
      return undefined;
    }
    if (info.size > maxFileSize) {
      stats.skipped.push({ ...entry.shown, reason: 'too-large', bytes: info.size });
      return undefined;
    }
    const bytes = readFileSync(fd);
    const decoded = decodeText(bytes);
    if (decoded.kind === 'binary') {
      stats.binary++;
      return undefined;
    }
    stats.files++;
    stats.bytes += bytes.length;
    return { origin: { kind: 'file', ...entry.shown }, text: decoded.text, bytes: bytes.length };
  } catch (error) {
    // Deleted between the listing and the read: there is nothing left to scan, and the report says so.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') stats.skipped.push({ ...entry.shown, reason: 'vanished' });
    else stats.errors.push({ ...entry.shown, message: `cannot read: ${describeError(error)}` });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
