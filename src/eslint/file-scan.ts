import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { RULES } from '../../rules/index.js';
import { detect } from '../engine/detect.js';
import { keywordGate } from '../engine/gate.js';
import type { Rule } from '../engine/rule.js';
import { allowedByComment } from '../filters/allow-comments.js';
import { leavesBase, toPosix } from '../posix-path.js';
import type { Match } from '../types.js';

// The adapter between ESLint and the engine. The engine runs once per file over the whole text,
// exactly as the CLI runs it, so the plugin and the CLI agree on what a secret is by construction;
// the three rules share that one run through this cache and only add what the AST knows.

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface RuleContextLike {
  sourceCode: SourceCode;
  filename: string;
  cwd: string;
}

const scans = new WeakMap<SourceCode, Match[]>();

/** The path the CLI would show for this file: relative to the working directory, with `/`. */
export function displayPath(context: RuleContextLike): string {
  const relative = path.relative(context.cwd, context.filename);
  const shown = relative && !leavesBase(relative) ? relative : context.filename;
  return toPosix(shown);
}

/**
 * Every match of the catalog in this file's text, computed once per file for all rules. Most source files
 * hold none of the words the catalog looks for: the keyword gate (the same one the CLI asks of every file and
 * history blob) tells so in one pass, and then the engine has nothing to find.
 */
export function engineMatches(context: RuleContextLike): readonly Match[] {
  let matches = scans.get(context.sourceCode);
  if (!matches) {
    const { text } = context.sourceCode;
    const path = displayPath(context);
    matches = keywordGate(RULES).passesText(text, path) ? detect(text, path, RULES) : [];
    scans.set(context.sourceCode, matches);
  }
  return matches;
}

/**
 * Could one of `rules` find anything in this text? Without their words, neither the engine nor the AST can
 * find anything for them in the file (every such finding needs the words' text), so a plugin rule may skip
 * the file: this keeps the plugin's cost near zero on the many files that mention no credential.
 */
export function mayHold(context: RuleContextLike, rules: readonly Rule[]): boolean {
  return keywordGate(rules).passesText(context.sourceCode.text, displayPath(context));
}

/** Is a finding starting at `offset` allowed by a `secret-hygiene:allow` comment on its line or the one above? */
export function allowedAt(sourceCode: SourceCode, offset: number): boolean {
  const { line } = sourceCode.getLocFromIndex(offset);
  return allowedByComment(line, (n) => sourceCode.lines[n - 1] ?? '');
}

/** Do two half-open ranges overlap? */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** The location ESLint reports for a half-open range of the text. */
export function locOf(sourceCode: SourceCode, start: number, end: number): TSESTree.SourceLocation {
  return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
}
