// Shape checks that tell a random credential from a word, a hash or a placeholder.
// A real IBM key is 33 random bytes in base64url; these tests are tuned so that such a key
// fails them with negligible probability (< 1e-6), see test/engine/entropy.test.ts.

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

/** Splits an identifier into its words: at `_`, `-`, `.`, case changes and letter/digit boundaries. */
export function segments(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])|([0-9])([A-Za-z])/g, '$1$3 $2$4')
    .split(/[\s_.-]+/)
    .filter((part) => part.length > 0);
}

/**
 * True for strings made of words, like `ConstructionCode_NON_CLF_Service_Create_Desc`
 * or `YOUR_IBM_CLOUD_API_KEY_GOES_HERE`: random strings break into many 1–2 character pieces.
 */
export function isWordShaped(s: string): boolean {
  const parts = segments(s);
  if (parts.length === 0) return true;
  const letters = parts.filter((p) => /^[A-Za-z]+$/.test(p));
  const average = s.replace(/[_.\-\s]/g, '').length / parts.length;
  return average >= 4 && letters.length / parts.length >= 0.6;
}

/** Runs like `abcdef`, `123456` or `ABCDEF...`: most neighbours one code point apart. */
export function isSequential(s: string): boolean {
  if (s.length < 8) return false;
  let steps = 0;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d === 1 || d === -1 || d === 0) steps++;
  }
  return steps / (s.length - 1) >= 0.5;
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
  if (longestRun(s) >= 5) return { ok: false, reason: 'long run of one character (a placeholder)' };
  if (isSequential(s)) return { ok: false, reason: 'sequential characters' };
  if (isWordShaped(s)) return { ok: false, reason: 'made of words (an identifier or a placeholder)' };
  const bits = shannon(s);
  if (bits < minEntropy) return { ok: false, reason: `low entropy (${bits.toFixed(2)} < ${minEntropy})` };
  return { ok: true };
}
