import type { Chunk, NamedPath } from '../types.js';
import { configIgnorePath } from './config-globs.js';
import { segmentBytes, segmentSize } from './segments.js';
import { countRead, type SourceStats } from './source.js';

export interface StdinOptions {
  /** The name the text is reported under (`--stdin-path`); path-dependent rules and `ignore` globs see it too. */
  name: NamedPath;
  ignore: readonly string[];
  /** A text larger than this is scanned in segments (see segments.ts). */
  segmentSize: number;
}

/** Each part as a buffer of its own (segmentBytes holds the first ones), counted. */
async function* buffers(source: AsyncIterator<Uint8Array | string>, counted: { bytes: number }): AsyncGenerator<Buffer> {
  for (let part = await source.next(); !part.done; part = await source.next()) {
    const bytes = typeof part.value === 'string' ? Buffer.from(part.value) : Buffer.from(part.value);
    counted.bytes += bytes.length;
    yield bytes;
  }
}

/**
 * `scan -`: standard input as one text, the way an editor or a pipe hands over a buffer, of any size: a large
 * one is scanned in segments as it arrives, never held whole. It is always read to the end, so the writer
 * never blocks, even when the name is ignored or the text is binary.
 */
export async function* stdinChunks(input: AsyncIterable<Uint8Array | string>, options: StdinOptions, stats: SourceStats): AsyncGenerator<Chunk> {
  const source = input[Symbol.asyncIterator]();
  const counted = { bytes: 0 };
  let kind: 'text' | 'binary' | 'ignored' = 'ignored';
  if (!configIgnorePath(options.ignore)(options.name.path)) {
    kind = yield* segmentBytes(buffers(source, counted), { origin: { kind: 'file', ...options.name } }, segmentSize(options.segmentSize));
  }
  for (let part = await source.next(); !part.done; part = await source.next());
  if (kind === 'ignored') stats.notes.push(`${options.name.path} not scanned: it matches an "ignore" glob in the config`);
  else countRead(stats, kind, counted.bytes);
}
