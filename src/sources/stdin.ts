import type { Chunk } from '../types.js';
import { configIgnorePath } from './ignore.js';
import type { SourceStats } from './source.js';
import { decodeText } from './text.js';

export interface StdinOptions {
  /** The name the text is reported under (`--stdin-path`); path-dependent rules and `ignore` globs see it too. */
  path: string;
  ignore: readonly string[];
  maxFileSize: number;
}

/**
 * `scan -`: standard input as one text, the way an editor or a pipe hands over a buffer. It is read to the
 * end whatever its size (the writer must not block), but no more than the size limit is kept in memory: a
 * larger text is listed as too large, as a file would be.
 */
export async function* stdinChunks(input: AsyncIterable<Uint8Array | string>, options: StdinOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of input) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    size += bytes.length;
    if (size <= options.maxFileSize) parts.push(bytes);
    else parts.length = 0;
  }
  if (configIgnorePath(options.ignore)(options.path)) {
    stats.notes.push(`${options.path} not scanned: it matches an "ignore" glob in the config`);
    return;
  }
  if (size > options.maxFileSize) {
    stats.skipped.push({ path: options.path, reason: 'too-large', bytes: size });
    return;
  }
  const bytes = Buffer.concat(parts, size);
  const decoded = decodeText(bytes);
  if (decoded.kind === 'binary') {
    stats.binary++;
    return;
  }
  stats.files++;
  stats.bytes += size;
  yield { origin: { kind: 'file', path: options.path }, text: decoded.text, bytes: size };
}
