import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Chunk } from '../types.js';
import { describeError } from './describe-error.js';
import { CHANGED, whereabouts } from './opened-path.js';
import { fsPath } from './path-bytes.js';
import { segmentBytes, type ChunkBase } from './segments.js';
import { countRead, type SourceStats } from './source.js';
import { isBinary } from '../engine/text.js';
import type { FileEntry } from './walk.js';

// Never follow a symlink that appeared since the listing, and never wait on a FIFO for a writer:
// whatever opens is checked with fstat before a byte is read. (Both flags are 0 where unsupported.)
// Reads are synchronous on purpose: the files are local, detection runs on worker threads while the
// main thread reads the next ones, and a synchronous read of a cached file costs a fraction of the
// four thread-pool round trips (open, fstat, read, close) of the promise API.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Bytes read at once from a file larger than a segment. */
const PIECE = 1024 * 1024;

/** A file's bytes from the current offset to its end, in pieces of their own. */
function* pieces(fd: number, counted: { bytes: number }): Generator<Buffer> {
  for (;;) {
    const piece = Buffer.allocUnsafe(PIECE);
    const n = readSync(fd, piece, 0, PIECE, null);
    if (n === 0) return;
    counted.bytes += n;
    yield piece.subarray(0, n);
  }
}

/**
 * One file to chunks: one for a file up to `segmentSize`, overlapping segments for a larger one (text of
 * any size is scanned), or a line in the stats saying why not: binary (counted), not a regular file or gone
 * since the listing (listed), unreadable (an error: the run exits 2).
 */
export async function* readEntry(entry: FileEntry, segmentSize: number, stats: SourceStats): AsyncGenerator<Chunk> {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(entry.abs), FLAGS);
    // A directory above it swapped for a link since the listing would lead the open out of the tree.
    const where = whereabouts(fd, entry.abs, entry.real);
    if (where !== 'expected') {
      if (where === 'gone') stats.skipped.push({ ...entry.shown, reason: 'vanished' });
      else stats.errors.push({ ...entry.shown, message: CHANGED });
      return;
    }
    const info = fstatSync(fd);
    if (!info.isFile()) {
      stats.skipped.push({ ...entry.shown, reason: 'not-a-file' });
      return;
    }
    const base: ChunkBase = { origin: { kind: 'file', ...entry.shown } };
    if (info.size > segmentSize) {
      const counted = { bytes: 0 };
      const kind = yield* segmentBytes(pieces(fd, counted), base, segmentSize);
      countRead(stats, kind, counted.bytes);
      return;
    }
    // Bytes, not text: the per-chunk step decodes them only if the keyword gate finds something there.
    const bytes = readFileSync(fd);
    const kind = isBinary(bytes) ? 'binary' : 'text';
    countRead(stats, kind, bytes.length);
    // The file's own buffer (a small one is a piece of Node's shared pool, which is not all of its buffer).
    if (kind === 'text') yield { ...base, data: bytes, bytes: bytes.length, owned: true };
  } catch (error) {
    // Deleted between the listing and the read: there is nothing left to scan, and the report says so.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') stats.skipped.push({ ...entry.shown, reason: 'vanished' });
    else stats.errors.push({ ...entry.shown, message: `cannot read: ${describeError(error)}` });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
