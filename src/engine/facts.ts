// How rules read evidence out of a text: the name a value is bound to, sorted into the classes a rule
// declares; the statement, the lines and the file around it; the sentence before it in prose. Rules hold
// the vocabulary (which names, which words) as data; these functions only read. Every look is bounded.
import { contextNames, lineBefore, lineEnd, linesAround, statementRange } from './context.js';
import { segments } from './entropy.js';
import type { Fact } from './evidence.js';
import { isProse } from './prose.js';
import type { DetectInput } from './rule.js';

/** A kind of name: the first class whose test accepts a name gives the fact. */
export interface NameClass {
  kind: string;
  /** Given the name in lower case and its words (`IBMCloud_apiKey` → `ibm`, `cloud`, `api`, `key`). */
  test: (lower: string, words: readonly string[]) => boolean;
}

/** The words of an identifier, lower-cased. */
export const nameWords = (name: string): string[] => segments(name).map((w) => w.toLowerCase());

/**
 * Facts about the names a value is bound to: the first of `classes` that accepts a name (the most
 * specific first), then each of `modifiers` that does. The name itself is the note.
 */
export function nameFacts(names: readonly string[], classes: readonly NameClass[], modifiers: readonly NameClass[]): Fact[] {
  for (const name of names) {
    const lower = name.toLowerCase();
    const words = nameWords(name);
    const found = classes.find((c) => c.test(lower, words));
    if (!found) continue;
    return [found, ...modifiers.filter((m) => m.test(lower, words))].map((c) => ({ kind: c.kind, note: name }));
  }
  return [];
}

/** The names a value at `start` is bound to (see `contextNames`). */
export const boundNames = (input: DetectInput, start: number): string[] => contextNames(input.text, start);

/** The text of the statement holding `[start, end)`: its line, its continuation lines, the call or object it opens in. */
export function statementText(input: DetectInput, start: number, end: number): string {
  const [from, to] = statementRange(input.text, start, end);
  return input.text.slice(from, to);
}

/** The text of `lines` lines on each side of `[start, end)` (bounded). */
export function linesText(input: DetectInput, start: number, end: number, lines: number): string {
  const [from, to] = linesAround(input.text, start, end, lines, 1200);
  return input.text.slice(from, to);
}

const SENTENCE_REACH = 160;
/** A line that is a comment: prose inside code (`# the old key was …`). */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/?\*|--|;|<!--|'|rem\s)/i;

/** Is the text around `start` prose: a document or commit message, or a comment line in code? */
export function inProse(input: DetectInput, start: number): boolean {
  return isProse(input.path) || COMMENT_LINE.test(lineBefore(input.text, start, SENTENCE_REACH));
}

/** A line with nothing but the value (and quotes or a fence): a code block under the sentence that names it. */
const BARE_LINE = /^[\s`'"*>|-]*$/;

/**
 * In prose: the sentence around `[start, end)`, from the end of the previous sentence (or the line's start)
 * to the end of its own (or the line's end), bounded on both sides. A value alone on its line (a code block)
 * takes its sentence from the last line above it that holds words.
 */
export function sentenceAround(input: DetectInput, start: number, end: number): { before: string; after: string } {
  let before = lineBefore(input.text, start, SENTENCE_REACH);
  const after = input.text.slice(end, lineEnd(input.text, end, SENTENCE_REACH));
  if (BARE_LINE.test(before) && BARE_LINE.test(after)) {
    const above = input.text.slice(Math.max(0, start - before.length - SENTENCE_REACH), start - before.length).split('\n');
    before = above.reverse().find((line) => !BARE_LINE.test(line) && !line.trimStart().startsWith('```')) ?? '';
  }
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('。'));
  const next = /[.!?。](?:\s|$)/.exec(after);
  return { before: stop >= 0 ? before.slice(stop + 1) : before, after: next ? after.slice(0, next.index) : after };
}

const PARAGRAPH_REACH = 600;

/** In prose: the paragraph around `[start, end)` (between blank lines), at most `PARAGRAPH_REACH` characters each way. */
export function paragraphAround(input: DetectInput, start: number, end: number): string {
  const before = input.text.slice(Math.max(0, start - PARAGRAPH_REACH), start);
  const after = input.text.slice(end, end + PARAGRAPH_REACH);
  const opened = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  const closed = after.search(/\n[ \t]*\n/);
  return `${opened >= 0 ? before.slice(opened) : before} … ${closed >= 0 ? after.slice(0, closed) : after}`;
}

const fileCaches = new WeakMap<DetectInput, Map<string, boolean>>();

/**
 * Does `pattern` match anywhere in the text (or its path, with `inPath`)? Asked once per text and
 * pattern, however many candidates ask: a file's context is the same for all of them.
 */
export function fileSays(input: DetectInput, key: string, pattern: RegExp, inPath?: RegExp): boolean {
  let cache = fileCaches.get(input);
  if (!cache) {
    cache = new Map();
    fileCaches.set(input, cache);
  }
  let found = cache.get(key);
  if (found === undefined) {
    found = pattern.test(input.text) || (inPath?.test(input.path) ?? false);
    cache.set(key, found);
  }
  return found;
}
