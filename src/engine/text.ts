// Bytes to text, the same way for files on disk and blobs from git.
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { KeywordGate } from './gate.js';

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

/** How many bytes decide whether a file is binary. */
export const SNIFF = 8000;

/**
 * UTF-8 with or without BOM; UTF-16 LE/BE with a BOM; anything else with a NUL byte near the start
 * is binary. Invalid UTF-8 becomes U+FFFD one sequence at a time, which never eats a line break,
 * so line numbers stay right.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const decoder = decoderFor(bytes);
  return decoder ? { kind: 'text', text: decoder.decode(bytes) } : { kind: 'binary' };
}

/**
 * The decoder for a text whose first bytes are `head` (its first 8000 bytes, or all of it if shorter), or
 * `undefined` for binary. Each decoder drops its own BOM; in `stream` mode it also keeps a character cut
 * between two pieces whole, so a large text decodes piece by piece to the same string.
 */
export function decoderFor(head: Uint8Array): TextDecoder | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return isBinary(head) ? undefined : new TextDecoder('utf-8');
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** Is every character of `text` ASCII (so that its UTF-8 and its latin1 bytes are its characters)? */
export const isAsciiText = (text: string): boolean => !NOT_ASCII.test(text);

/** Do the bytes open with a UTF-16 byte order mark (LE or BE)? Such text is not ASCII-compatible. */
export const hasUtf16Bom = (bytes: Uint8Array): boolean => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** The bytes as a Buffer, sharing their memory. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** Whether `decodeText` takes these bytes for binary, without decoding them. */
export function isBinary(bytes: Uint8Array): boolean {
  return !hasUtf16Bom(bytes) && bytes.subarray(0, SNIFF).includes(0);
}

/** What detection needs of a text's bytes: the text and, when the gate found its words on the way, those. */
export interface TextToDetect {
  text: string;
  /** The gate's `foldedHits` of `text`. */
  hits?: Map<string, number[]>;
}

/**
 * The text of bytes that `isBinary` takes for text, decoded only when the keyword gate finds something for
 * detect() in them: undefined when no rule can find anything there. ASCII (most code) is its own text read
 * as latin1, made only once the gate's one pass over the bytes has found the words detect() needs; other
 * UTF-8 is tested as bytes and decoded when it passes; UTF-16 is decoded first.
 */
export function textToDetect(bytes: Uint8Array, path: string, gate: KeywordGate): TextToDetect | undefined {
  const buffer = asBuffer(bytes);
  if (isAscii(buffer)) {
    const hits = gate.asciiHits(buffer, path);
    return hits.size > 0 || gate.readsWhole(path) ? { text: buffer.toString('latin1'), hits } : undefined;
  }
  if (!gate.passes(buffer, path)) return undefined;
  const decoded = decodeText(buffer);
  return decoded.kind === 'text' ? { text: decoded.text } : undefined;
}
