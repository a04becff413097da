// What the scanner shows comes from hostile hands: file names, commit authors, token claims, IAM's answers.
// A control character in any of them can rewrite a terminal (ANSI sequences that erase the summary and
// print "✔ no secrets found") or a CI log (a newline followed by `::error …` is a GitHub workflow
// command). One function decides what is unsafe to show, and every reporter and every message uses it.

/**
 * C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F), which are Unicode's Cc, and the characters
 * that reorder or break lines on screen: bidirectional overrides and isolates ("Trojan Source"), and the
 * line and paragraph separators.
 */
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/** What JSON.stringify leaves raw of UNSAFE (it escapes C0 itself, and C0 outside strings is layout). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string, width: number): string => (c.codePointAt(0) ?? 0).toString(16).padStart(width, '0');

/** Shows each unsafe character as a visible escape (`\n`, `\x1b`, `\u202e`); every other character as is. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c <= '\u00ff' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * Terminal escape sequences as a whole (CSI `ESC [ … final`, its 8-bit form, OSC `ESC ] … BEL|ST`, and
 * two-character ESC sequences), then any other control or format character (Cc, Cf). Removing only the
 * ESC would leave `[0m` inside a key that a sequence split, and the key would no longer be found.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-Z\\^_]?/g;

/** Removes escape sequences, control and format characters: for text searched for a secret before it is shown. */
export function stripControl(text: string): string {
  return text.replace(SEQUENCES, '').replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '');
}

/** A copy of `value` with every string in it, at any depth, passed through `escapeControl`. */
export function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControl(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)])) as T;
  }
  return value;
}

/**
 * JSON for files a person may also `cat`: JSON.stringify escapes C0 itself, and this escapes DEL, C1 and
 * the reordering characters as `\u` sequences too. Lossless: a JSON parser reads back the same strings.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
