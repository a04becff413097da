// Globs, matched in linear time: each is translated to an RE2 regex (linear-regex.ts) instead of a
// backtracking one. The syntax: `*` (within a path segment), `**` as a whole segment (any number of
// segments, none included), `?`, classes `[a-z]`, `[!a]` / `[^a]` (never matching `/`), and `\` to
// escape; everything else is literal, braces and dotfiles included (as in .gitignore, the one user of these
// globs: config-globs.ts). A leading `./` is dropped.
import { linearExact, quote, type LinearPattern } from './linear-regex.js';

/** The character class starting at `start` (on `[`), as RE2 syntax, and where it ends; undefined when unclosed. */
function classAt(p: string, start: number): { re: string; end: number } | undefined {
  let i = start + 1;
  const negated = p[i] === '!' || p[i] === '^';
  if (negated) i++;
  const items: string[] = [];
  for (let first = true; i < p.length && (first || p[i] !== ']'); first = false) {
    let lo = p[i] as string;
    if (lo === '\\' && i + 1 < p.length) lo = p[++i] as string;
    i++;
    let hi = lo;
    if (p[i] === '-' && i + 1 < p.length && p[i + 1] !== ']') {
      hi = p[i + 1] as string;
      if (hi === '\\' && i + 2 < p.length) hi = p[++i + 1] as string;
      i += 2;
    }
    // A class never matches `/`: a range over it is split around it.
    if (lo <= '/' && '/' <= hi) {
      if (lo < '/') items.push(`${quote(lo)}-${quote('.')}`);
      if (hi > '/') items.push(`${quote('0')}-${quote(hi)}`);
    } else if (lo <= hi) {
      items.push(lo === hi ? quote(lo) : `${quote(lo)}-${quote(hi)}`);
    }
  }
  if (i >= p.length) return undefined;
  const body = items.join('');
  return { re: negated ? `[^/${body}]` : body ? `[${body}]` : '[^\\x{0}-\\x{10FFFF}]', end: i + 1 };
}

/** The RE2 source of a glob (without anchors). */
function translate(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; ) {
    const c = p[i] as string;
    if (c === '\\' && i + 1 < p.length) {
      out += quote(p[i + 1] as string);
      i += 2;
    } else if (c === '*') {
      let j = i;
      while (p[j] === '*') j++;
      const wholeSegment = j - i >= 2 && (i === 0 || p[i - 1] === '/') && (j === p.length || p[j] === '/');
      if (!wholeSegment) out += '[^/]*';
      else if (j < p.length) {
        out += '(?:[^/]*/)*'; // `**/`: any number of whole segments, none included
        j++;
      } else if (i === 0) out += '.*';
      else out = `${out.slice(0, -quote('/').length)}(?:/.*)?`; // `/**`: the directory itself, or anything in it
      i = j;
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else {
      const cls = c === '[' ? classAt(p, i) : undefined;
      out += cls ? cls.re : quote(c);
      i = cls?.end ?? i + 1;
    }
  }
  return out;
}

/** A leading `./` says nothing: `./a` is `a`. */
const undotted = (pattern: string): string => pattern.replace(/^(\.\/)+/, '');

const source = (pattern: string): string => translate(undotted(pattern));

/** A matcher of `/`-separated relative paths against one glob; time linear in the path. */
export function compileGlob(pattern: string): LinearPattern {
  return linearExact(pattern, source(pattern));
}

/** Does `path` (relative, `/`-separated) match `pattern`? Compile once with `compileGlob` for many paths. */
export const globMatch = (pattern: string, path: string): boolean => compileGlob(pattern).test(path);

/**
 * A glob without a wildcard, class or escape, as a test of strings: a path, or (led by `**` and a slash, the
 * form config-globs.ts gives a name) that path at any depth; with `parents`, one of the path's directories
 * instead. Undefined for any other glob.
 */
function literal(pattern: string, parents: boolean): ((path: string) => boolean) | undefined {
  const p = undotted(pattern);
  const anyDepth = p.startsWith('**/');
  const rest = anyDepth ? p.slice(3) : p;
  if (rest === '' || /[*?[\\]/.test(rest)) return undefined;
  if (parents) return anyDepth ? (path) => path.startsWith(`${rest}/`) || path.includes(`/${rest}/`) : (path) => path.startsWith(`${rest}/`);
  return anyDepth ? (path) => path === rest || path.endsWith(`/${rest}`) : (path) => path === rest;
}

/**
 * One matcher for many globs: a path matches when any of them does, or with `parents`, when any matches one
 * of the directories the path lies in (one pass over the path: testing each directory in turn was quadratic
 * in a deep path's length). Most globs people write name a file or a directory: those are compared as
 * strings, and re2js is loaded (some 20 ms, then microseconds a path) only for the others.
 */
export function compileGlobs(patterns: readonly string[], parents = false): (path: string) => boolean {
  const literals: Array<(path: string) => boolean> = [];
  const others: string[] = [];
  for (const p of patterns) {
    const test = literal(p, parents);
    if (test) literals.push(test);
    else others.push(p);
  }
  const sources = others.map((p) => `(?:${source(p)})`).join('|');
  const union = others.length ? linearExact(others.join(', '), parents ? `(?:${sources})/.*` : sources) : undefined;
  return (path) => literals.some((test) => test(path)) || union?.test(path) === true;
}
