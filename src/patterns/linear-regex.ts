// Patterns that users write (the config's `allow` regexes and `ignore` globs) run on text that others
// write. V8's backtracking engine takes exponential time on `(a+)+b` against a line of `a`s, and picomatch
// compiles globs to backtracking regexes (`*a*a*a…b` against a long name hung a scan). RE2's automata
// match in time linear in the text for any pattern; re2js is RE2 in plain JavaScript (no native build,
// no experimental V8 flag). docs/security-model.md has the measurements behind the choice.
import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

// re2js is loaded by the first pattern compiled, synchronously: most runs compile no user pattern, and re2js is
// as large as the rest of the CLI (a hook would pay for parsing it on every commit). `#re2js` (the "imports" of
// package.json) is its published CommonJS build, copied to bundle/re2.cjs by scripts/bundle.mjs, so that the
// library, the CLI bundle and a clone where nothing is installed (the pre-commit framework's) load the same file.
const load = createRequire(import.meta.url);
let engine: typeof RE2JS | undefined;
const re2 = (): typeof RE2JS => (engine ??= (load('#re2js') as typeof import('re2js')).RE2JS);

/** A compiled user pattern: its source as written, and a test whose time is linear in the text. */
export interface LinearPattern {
  readonly source: string;
  test(text: string): boolean;
}

/**
 * Compiled patterns by source: the ESLint rule's options are compiled for every file it lints, and a compile
 * costs some 40 times a RegExp's. An invalid source throws and is never kept, so it throws again next time.
 */
const compiled = new Map<string, LinearPattern>();
const MAX_COMPILED = 256;

/**
 * A regex in RE2 syntax: JavaScript's own for everything but backreferences and lookaround, which have
 * no linear-time algorithm and are refused. Throws RE2's syntax error, whose message says what is wrong.
 */
export function linearRegex(source: string): LinearPattern {
  let pattern = compiled.get(source);
  if (!pattern) {
    const re = re2().compile(re2().translateRegExp(source));
    pattern = { source, test: (text) => re.test(text) };
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern;
}

/** Parts of a pattern at most this long are quoted in its syntax error: a longer one may be a secret it allows. */
const QUOTED = 12;

/**
 * What RE2 found wrong in a pattern (`linearRegex`'s error), quoting only a short part of it: RE2's own
 * message quotes the rest of the pattern, which may be the very key an `allow` entry is written for.
 */
export function syntaxProblem(error: unknown): string {
  const { error: what, input } = error as { error?: unknown; input?: unknown };
  if (typeof what !== 'string') return 'not a valid pattern';
  if (typeof input !== 'string' || input === '') return what;
  return input.length <= QUOTED ? `${what}: \`${input}\`` : `${what}, in a part of ${input.length} characters`;
}

/** A regex (RE2 syntax, already translated) that must match the whole text. */
export function linearExact(source: string, re2Source: string): LinearPattern {
  const re = re2().compile(re2Source);
  return { source, test: (text) => re.testExact(text) };
}

/** `text` as an RE2 literal. */
export const quote = (text: string): string => re2().quote(text);
