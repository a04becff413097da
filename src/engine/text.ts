// Bytes to text, the same way for files on disk and blobs from git.
import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { KeywordGate } from './gate.js';

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

/** How many bytes decide whether a file is binary. */
export const SNIFF = 8000;

/**
 * UTF-8 with or without BOM; UTF-16 and UTF-32, LE or BE, with a BOM; anything else with a NUL byte near
 * the start is binary. Invalid UTF-8 becomes U+FFFD one sequence at a time, which never eats a line break,
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
export function decoderFor(head: Uint8Array): Decoder | undefined {
  const wide = wideEncoding(head);
  if (wide === 'utf-32le' || wide === 'utf-32be') return new Utf32Decoder(wide === 'utf-32le');
  if (wide) return new TextDecoder(wide);
  return isBinary(head) ? undefined : new TextDecoder('utf-8');
}

/** What `TextDecoder` does that `decodeText` and segments.ts use. */
export interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * UTF-32, which `TextDecoder` does not know: its BOM dropped, a unit that is no code point (a surrogate,
 * beyond U+10FFFF) and a cut-off unit at the end made U+FFFD. With `stream`, a unit cut between two pieces is kept.
 */
class Utf32Decoder implements Decoder {
  private rest = Buffer.alloc(0);
  private started = false;

  constructor(private readonly littleEndian: boolean) {}

  decode(input: Uint8Array = new Uint8Array(0), options: { stream?: boolean } = {}): string {
    let bytes = Buffer.concat([this.rest, input]);
    if (!this.started && bytes.length >= 4) {
      this.started = true;
      bytes = bytes.subarray(4); // the BOM
    }
    const whole = bytes.length - (bytes.length % 4);
    const units: number[] = [];
    let out = '';
    for (let at = 0; at < whole; at += 4) {
      const unit = this.littleEndian ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at);
      units.push(unit > 0x10ffff || (unit >= 0xd800 && unit <= 0xdfff) ? 0xfffd : unit);
      if (units.length === 4096) out += String.fromCodePoint(...units.splice(0));
    }
    out += String.fromCodePoint(...units);
    this.rest = Buffer.from(bytes.subarray(whole));
    if (!options.stream && this.rest.length > 0) {
      this.rest = Buffer.alloc(0);
      out += '\ufffd';
    }
    return out;
  }
}

const NOT_ASCII = /[\u0080-\uffff]/;

/** Is every character of `text` ASCII (so that its UTF-8 and its latin1 bytes are its characters)? */
export const isAsciiText = (text: string): boolean => !NOT_ASCII.test(text);

/** The UTF-16 or UTF-32 encoding whose byte order mark the bytes open with (UTF-32 LE's begins as UTF-16 LE's). */
export function wideEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'utf-32le' : 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return a === 0 && b === 0 && c === 0xfe && d === 0xff ? 'utf-32be' : undefined;
}

/**
 * Is the text in UTF-16 or UTF-32 (with a BOM)? Such text is not ASCII-compatible: a word is not its
 * ASCII bytes, and a 0x0A byte need not end a line.
 */
export const hasWideBom = (bytes: Uint8Array): boolean => wideEncoding(bytes) !== undefined;

/** The two characters beyond ASCII whose lower case is ASCII (`i` and a combining dot, `k`). */
export const DOTTED_CAPITAL_I = '\u0130';
export const KELVIN_SIGN = '\u212a';
const DOTTED_CAPITAL_I_UTF8 = Buffer.from(DOTTED_CAPITAL_I, 'utf8');
const KELVIN_SIGN_UTF8 = Buffer.from(KELVIN_SIGN, 'utf8');

/**
 * Can a search of these bytes find every word their text has (`KeywordGate.passes`)? Not for UTF-16 or UTF-32, which
 * are not ASCII-compatible, nor for a text with U+0130 or U+212A, whose lower case has words its bytes need not.
 */
export function searchesAsBytes(bytes: Uint8Array): boolean {
  if (hasWideBom(bytes)) return false;
  const buffer = asBuffer(bytes);
  // Two searches of every byte, which ASCII (most code, and the check is cheap) need not have.
  return isAscii(buffer) || !(buffer.includes(DOTTED_CAPITAL_I_UTF8) || buffer.includes(KELVIN_SIGN_UTF8));
}

/** The bytes as a Buffer, sharing their memory. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** Whether `decodeText` takes these bytes for binary, without decoding them. */
export function isBinary(bytes: Uint8Array): boolean {
  return !hasWideBom(bytes) && bytes.subarray(0, SNIFF).includes(0);
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
 * found in the bytes too where they can be (see `utf8Hits`); UTF-16 and UTF-32 are decoded first.
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
