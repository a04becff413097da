import { realpath } from 'node:fs/promises';
import type { NamedPath } from '../types.js';
import { isAsciiText } from '../engine/text.js';

// File names are bytes, not text: on Linux a name may hold any byte but `/` and NUL, and git stores
// such names as they are. Decoding one as UTF-8 turns every invalid byte into U+FFFD, and the file can
// then be neither opened nor named. So sources carry paths as *byte strings* (one UTF-16 code unit per
// byte, as `latin1` decodes them): exact, comparable, and `node:path` works on them unchanged, since
// `/` and `.` are single bytes. Only a report turns them into text, by `namePath`.

/** Bytes from a JS string (a path from argv, the cwd, git's `--show-toplevel`): its UTF-8, as a byte string. */
export function toBytePath(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/**
 * What `node:fs` takes to reach the file a byte string names: its bytes, or an ASCII one itself (Node
 * passes a string on as its UTF-8, which for ASCII is those bytes), with no buffer to make for each file.
 */
export function fsPath(bytePath: string): string | Buffer {
  return isAsciiText(bytePath) ? bytePath : Buffer.from(bytePath, 'latin1');
}

/** `realpath` of a byte-string path, as a byte string. */
export const realBytes = async (bytePath: string): Promise<string> => (await realpath(fsPath(bytePath), { encoding: 'buffer' })).toString('latin1');

// `ignoreBOM`: a name may start with the bytes of a BOM, and they are part of it.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Bytes as text: each run of valid UTF-8 sequences decoded and given to `valid`, each byte outside one to `invalid`. */
export function mapUtf8(bytes: Uint8Array, valid: (text: string) => string, invalid: (byte: number) => string): string {
  let out = '';
  let run = 0; // start of the current run of valid sequences
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += valid(strict.decode(bytes.subarray(run, i))) + invalid(bytes[i] as number);
    run = ++i;
  }
  return out + valid(strict.decode(bytes.subarray(run)));
}

/** Bytes that are not valid UTF-8 as text: each byte outside a valid sequence written `\xNN`. */
const escapeInvalid = (bytes: Uint8Array): string => mapUtf8(bytes, (text) => text, (byte) => `\\x${byte.toString(16).padStart(2, '0')}`);

/** The report's name for a byte-string path. */
export function namePath(bytePath: string): NamedPath {
  // ASCII is its own UTF-8 (most paths): no bytes to make and decode.
  if (isAsciiText(bytePath)) return { path: bytePath };
  const bytes = Buffer.from(bytePath, 'latin1');
  try {
    return { path: strict.decode(bytes) };
  } catch {
    return { path: escapeInvalid(bytes), pathBytes: bytes.toString('base64') };
  }
}

/** The display text of a byte-string path (for globs and messages, which need no exact bytes). */
export const showPath = (bytePath: string): string => namePath(bytePath).path;
