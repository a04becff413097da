// A text of any size is scanned, in bounded memory: one larger than the segment size is read piece by
// piece and cut into overlapping segments, each a chunk that knows where it starts in the whole text
// (line and column) and which part of it is its own. A match is reported by the segment that owns its
// first character, and the overlap holds the whole match and everything a rule reads around it, so the
// findings are the ones the whole text would give, at the same lines and columns.
import { RULES } from '../../rules/index.js';
import { CONTEXT_REACH } from '../engine/context.js';
import type { ChunkFields, TextChunk } from '../types.js';
import { LINE_BREAK } from '../engine/locate.js';
import { decoderFor, SNIFF, type Decoder } from '../engine/text.js';

/**
 * How far from a value the rules read: the widest keyword window of the catalog (a JWT may start
 * `JWT_NEAR` before its payload's keyword) and the names before a value (`CONTEXT_REACH`).
 */
const REACH = Math.max(CONTEXT_REACH, ...RULES.map((r) => r.near ?? 0));

/**
 * The longest match, with what a rule reads after it, that a boundary may cut and still be found exactly.
 * Real credentials are far shorter: an IAM token is about 1 KiB, a JWT with a certificate chain a few KiB.
 */
const LONGEST_MATCH = 32 * 1024;

/**
 * What a segment holds on each side of the part it owns. For a match that starts in the owned part, the
 * context before it (at most REACH) and the match with the context after it (at most LONGEST_MATCH + REACH)
 * lie inside the segment; so does the keyword it was found near.
 */
export const SEGMENT_OVERLAP = 2 * REACH + LONGEST_MATCH;

/** The smallest segment: any smaller and the overlap would cost more than the text it surrounds. */
export const MIN_SEGMENT = 1024 * 1024;

/** The segment size for `--max-file-size`/`maxFileSize`: what was asked, at least `MIN_SEGMENT`. */
export const segmentSize = (asked: number): number => Math.max(asked, MIN_SEGMENT);

/** What every segment of one text shares: its origin and, for the staged index, the lines the change adds. */
export type ChunkBase = Omit<ChunkFields, 'bytes' | 'segment'>;

/** Decoded text in, segments out: at most one segment and a piece are held at once. */
export class Segmenter {
  private buffer = '';
  /** Offsets in the whole text of `buffer[0]` and of the first character the next segment owns. */
  private bufferStart = 0;
  private ownStart = 0;
  /** Line and column of `buffer[0]` in the whole text. */
  private line = 1;
  private column = 1;

  constructor(
    private readonly base: ChunkBase,
    private readonly size: number,
    private readonly overlap = SEGMENT_OVERLAP,
  ) {
    if (size <= overlap) throw new RangeError(`a segment (${size}) must be larger than its overlap (${overlap})`);
  }

  /** The next piece of the text; returns the segments it completed. */
  push(text: string): TextChunk[] {
    this.buffer += text;
    const out: TextChunk[] = [];
    while (this.buffer.length - (this.ownStart - this.bufferStart) >= this.size + this.overlap) out.push(this.cut());
    return out;
  }

  /** The last segment: it owns the rest of the text. A text that fit in one is a plain chunk. */
  end(): TextChunk[] {
    if (this.ownStart === 0) return [{ ...this.base, text: this.buffer, bytes: this.buffer.length }];
    const from = this.ownStart - this.bufferStart;
    return from < this.buffer.length ? [this.chunk(from, this.buffer.length)] : [];
  }

  private chunk(from: number, to: number): TextChunk {
    const text = this.buffer.slice(0, Math.min(this.buffer.length, to + this.overlap));
    return { ...this.base, text, bytes: text.length, segment: { line: this.line, column: this.column, from, to } };
  }

  private cut(): TextChunk {
    const from = this.ownStart - this.bufferStart;
    const chunk = this.chunk(from, from + this.size);
    this.ownStart += this.size;
    this.drop(this.ownStart - this.overlap - this.bufferStart);
    return chunk;
  }

  /**
   * Forgets the first `n` characters, counting the lines and columns they held (line breaks as `Locator`
   * counts them). A CR whose LF is kept is not a break yet: the two are one, counted with the LF.
   */
  private drop(n: number): void {
    const splitsCrLf = this.buffer[n - 1] === '\r' && this.buffer[n] === '\n';
    const gone = this.buffer.slice(0, splitsCrLf ? n - 1 : n);
    let lines = 0;
    let last = -1;
    for (const m of gone.matchAll(LINE_BREAK)) {
      lines++;
      last = m.index + m[0].length - 1;
    }
    if (lines) {
      this.line += lines;
      this.column = n - last;
    } else {
      this.column += n;
    }
    this.buffer = this.buffer.slice(n);
    this.bufferStart += n;
  }
}

/**
 * The segments of a large text that arrives as bytes (a file read piece by piece, a blob streamed out of
 * git). Returns `binary`, having yielded nothing, when its first bytes say so (as `decodeText` would).
 * Each piece must be a buffer of its own: the first ones are held until the encoding is known.
 */
export async function* segmentBytes(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  base: ChunkBase,
  size: number,
): AsyncGenerator<TextChunk, 'binary' | 'text'> {
  const segmenter = new Segmenter(base, size);
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let decoder: Decoder | undefined;
  for await (const piece of pieces) {
    if (decoder) {
      yield* segmenter.push(decoder.decode(piece, { stream: true }));
      continue;
    }
    head.push(piece);
    headBytes += piece.length;
    if (headBytes < SNIFF) continue;
    const first = Buffer.concat(head);
    decoder = decoderFor(first);
    if (!decoder) return 'binary';
    yield* segmenter.push(decoder.decode(first, { stream: true }));
  }
  if (!decoder) {
    const first = Buffer.concat(head);
    decoder = decoderFor(first);
    if (!decoder) return 'binary';
    yield* segmenter.push(decoder.decode(first, { stream: true }));
  }
  yield* segmenter.push(decoder.decode());
  yield* segmenter.end();
  return 'text';
}
