// Bytes to text, the same way for files on disk and blobs from git.

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

const SNIFF = 8000;

/**
 * UTF-8 with or without BOM; UTF-16 LE/BE with a BOM; anything else with a NUL byte near the start
 * is binary. Invalid UTF-8 becomes U+FFFD one sequence at a time, which never eats a line break,
 * so line numbers stay right.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (isBinary(bytes)) return { kind: 'binary' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}

/** Whether `decodeText` takes these bytes for binary, without decoding them. */
export function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, SNIFF).includes(0);
}
