// Bytes to text, the same way for files on disk and blobs from git.
import { isAscii, isUtf8 } from 'node:buffer';
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

const DOTTED_CAPITAL_I_UTF8 = Buffer.from('\u0130', 'utf8');
const KELVIN_SIGN_UTF8 = Buffer.from('\u212a', 'utf8');

/**
 * Can a search of these bytes find every word their text has (`KeywordGate.passes`)? Not for UTF-16, which
 * is not ASCII-compatible, nor for a text with U+0130 or U+212A, whose lower case has words its bytes need not.
 */
export function searchesAsBytes(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const buffer = asBuffer(bytes);
  // Two searches of every byte, which ASCII (most code, and the check is cheap) need not have.
  return isAscii(buffer) || !(buffer.includes(DOTTED_CAPITAL_I_UTF8) || buffer.includes(KELVIN_SIGN_UTF8));
}

/** The bytes as a Buffer, sharing their memory. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** Whether `decodeText` takes these bytes for binary, without decoding them. */
export function isBinary(bytes: Uint8Array): boolean {
  return !hasUtf16Bom(bytes) && bytes.subarray(0, SNIFF).includes(0);
}

/**
 * `hits` found in UTF-8 `bytes` (`byteHits`), as offsets in the text `decodeText` makes of them, which drops a
 * BOM. Only for valid UTF-8, where each character is one code unit at its first byte (two from four bytes, a
 * surrogate pair): one pass over the bytes up to the last offset. Offsets stay in order.
 */
export function utf8Hits(bytes: Uint8Array, hits: ReadonlyMap<string, readonly number[]>): Map<string, number[]> {
  const offsets = [...new Set([...hits.values()].flat())].sort((a, b) => a - b);
  const units = new Map<number, number>();
  // The BOM is one code unit at the start of the bytes, and none of the text.
  let unit = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? -1 : 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      const byte = bytes[at] as number;
      if ((byte & 0xc0) !== 0x80) unit += byte >= 0xf0 ? 2 : 1;
    }
    units.set(offset, unit);
  }
  return new Map([...hits].map(([word, list]) => [word, list.map((offset) => units.get(offset) as number)]));
}

/** What detection needs of a text's bytes: the text and, when the gate found its words on the way, those. */
export interface TextToDetect {
  text: string;
  /** The gate's `foldedHits` of `text`. */
  hits?: Map<string, number[]>;
}

/**
 * The text of bytes that `isBinary` takes for text, decoded only when the keyword gate finds something for
 * detect() in them (or `passed`: the source asked it already): undefined when no rule can find anything
 * there. ASCII (most code) is its own text read as latin1, made only once the gate's one pass over the bytes
 * has found the words detect() needs; other UTF-8 is tested as bytes and decoded when it passes, its words
 * found in the bytes too where they can be (see `utf8Hits`); UTF-16 is decoded first.
 */
export function textToDetect(bytes: Uint8Array, path: string, gate: KeywordGate, passed = false): TextToDetect | undefined {
  const buffer = asBuffer(bytes);
  if (isAscii(buffer)) {
    const hits = gate.byteHits(buffer, path);
    return hits.size > 0 || gate.readsWhole(path) ? { text: buffer.toString('latin1'), hits } : undefined;
  }
  // The gate's `passes`, asked once: its byte search gives the words too, which detect() would otherwise find
  // with a regex over the text (in eslint's history 4.0 s of the detection thread, against 2.1 s for the byte
  // search and utf8Hits).
  const hits = searchesAsBytes(buffer) ? gate.byteHits(buffer, path) : undefined;
  if (!passed && hits?.size === 0 && !gate.readsWhole(path)) return undefined;
  const decoded = decodeText(buffer);
  if (decoded.kind !== 'text') return undefined;
  // Invalid UTF-8 decodes with replacements that byte offsets cannot follow: there detect() finds the words.
  return hits && isUtf8(buffer) ? { text: decoded.text, hits: utf8Hits(buffer, hits) } : { text: decoded.text };
}
