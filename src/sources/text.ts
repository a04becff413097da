// Bytes to text, the same way for files on disk and blobs from git.
import { TextDecoder } from 'node:util';

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

/** Whether `decodeText` takes these bytes for binary, without decoding them. */
export function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, SNIFF).includes(0);
}
