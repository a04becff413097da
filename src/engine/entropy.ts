// Shape checks that tell a random credential from a word, a hash or a placeholder.
// A real IBM key is 33 random bytes in base64url; these tests are tuned so that such a key
// fails them with negligible probability: none of a million seeded keys does (test/engine/entropy.test.ts).

/** Shannon entropy in bits per character. */
export function shannon(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** An identifier's words: `IBMCloud_apiKey2` → `IBM`, `Cloud`, `api`, `Key`, `2`. Separators are dropped. */
export function segments(s: string): string[] {
  return s.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|[0-9]+/g) ?? [];
}

/**
 * True for strings made of words, like `ConstructionCode_NON_CLF_Service_Create_Desc` or
 * `YOUR_IBM_CLOUD_API_KEY_GOES_HERE`: long, mostly alphabetic pieces with the vowels of words.
 * A random key changes case every other letter, so its pieces average under 2 characters and
 * fewer than 1 key in 100,000 passes as words (test/engine/entropy.test.ts).
 */
export function isWordShaped(s: string): boolean {
  const parts = segments(s);
  if (parts.length === 0) return true;
  const letters = parts.filter((p) => /^[A-Za-z]+$/.test(p));
  const average = parts.join('').length / parts.length;
  const alphabetic = letters.join('');
  const vowels = alphabetic.replace(/[^aeiouy]/gi, '').length / Math.max(1, alphabetic.length);
  return average >= 3.5 && letters.length / parts.length >= 0.6 && vowels >= 0.3;
}

/** Share of neighbours that are one code point apart or equal, ignoring case: `abcdef`, `AbCdEf`, `zyx`, `1111`. */
function steps(s: string): number {
  if (s.length < 2) return 0;
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) n++;
  }
  return n / (s.length - 1);
}

/**
 * Runs like `abcdef`, `123456`, `AbCdEf…` or `a1b2c3…`: the string mostly steps by one code point,
 * or its letters or its digits read alone almost always do.
 */
export function isSequential(s: string): boolean {
  if (s.length < 8) return false;
  if (steps(s.toLowerCase()) >= 0.5) return true;
  const letters = s.toLowerCase().replace(/[^a-z]/g, '');
  const digits = s.replace(/[^0-9]/g, '');
  return (
    // Many distinct letters: hex has only a–f, whose neighbours are one apart half of the time.
    (letters.length >= 8 && letters.length >= s.length / 3 && new Set(letters).size >= 8 && steps(letters) >= 0.8) ||
    (digits.length >= 10 && digits.length >= s.length / 3 && steps(digits) >= 0.9)
  );
}

/** The longest period `isPeriodic` tries: enough for a half key written twice, and linear in a token of any length. */
const MAX_PERIOD = 64;

/** A string that repeats itself with a short period (`aB3xaB3x…`, a half key written twice). */
export function isPeriodic(s: string): boolean {
  for (let p = 1; p <= Math.min(s.length / 2, MAX_PERIOD); p++) {
    let same = 0;
    for (let i = p; i < s.length; i++) if (s[i] === s[i - p]) same++;
    if (same / (s.length - p) >= 0.9) return true;
  }
  return false;
}

/** The longest run of one repeated character. */
export function longestRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

export type ShapeVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Does `s` look like a randomly generated base64url secret?
 * Used for IBM API keys (44 chars) and opaque bearer tokens.
 */
export function randomShape(s: string, minEntropy: number): ShapeVerdict {
  if (!/[a-z]/.test(s) || !/[A-Z]/.test(s)) return { ok: false, reason: 'single-case (an identifier or a hash)' };
  if (/^[0-9a-fA-F]+$/.test(s)) return { ok: false, reason: 'hex only (a hash)' };
  if (longestRun(s) >= 6) return { ok: false, reason: 'long run of one character (a placeholder)' };
  if (isSequential(s)) return { ok: false, reason: 'sequential characters' };
  if (isPeriodic(s)) return { ok: false, reason: 'a repeated pattern' };
  const bits = shannon(s);
  // Words repeat letters: an identifier has the entropy of text (about 4 bits), a random key of 44 about 5.
  if (isWordShaped(s) && bits < Math.min(4.45, Math.log2(s.length) - 0.6)) {
    return { ok: false, reason: 'made of words (an identifier or a placeholder)' };
  }
  if (bits < minEntropy) return { ok: false, reason: `low entropy (${bits.toFixed(2)} < ${minEntropy})` };
  return { ok: true };
}

/**
 * Does a hex or lower-case alphanumeric secret (a COS HMAC secret, a classic key, an opaque hex token) look
 * random? Single case is its nature, so only entropy, runs, sequences and repetition count. Hex repeats a
 * digit more often than base64url does, so a run must be 8 long (a random 64-digit value holds one 1 time in 5 million).
 */
export function hexShape(s: string, minEntropy: number): ShapeVerdict {
  if (longestRun(s) >= 8) return { ok: false, reason: 'long run of one character (a placeholder)' };
  if (isSequential(s)) return { ok: false, reason: 'sequential characters' };
  if (isPeriodic(s)) return { ok: false, reason: 'a repeated pattern' };
  const bits = shannon(s);
  if (bits < minEntropy) return { ok: false, reason: `low entropy (${bits.toFixed(2)} < ${minEntropy})` };
  return { ok: true };
}
