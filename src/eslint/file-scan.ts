import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { RULES } from '../../rules/index.js';
import { kubernetesSecretData } from '../engine/decode.js';
import { detect } from '../engine/detect.js';
import type { Rule } from '../engine/rule.js';
import { allowedByComment } from '../filters/allow-comments.js';
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
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : context.filename;
  return shown.split(path.sep).join('/');
}

/**
 * One case-insensitive pass over a text for any of `keywords`. Unicode case folding (`u`) matches wherever
 * the engine's `toLowerCase()` + `includes()` does (the Kelvin sign folds to `k` in both), and more.
 */
function keywordPattern(keywords: readonly string[]): RegExp {
  return new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
}

const ANY_KEYWORD = keywordPattern(RULES.flatMap((r) => r.keywords));

/**
 * Every match of the catalog in this file's text, computed once per file for all rules. Most source files
 * hold no keyword of any rule; one regex pass tells so about five times faster than the engine's per-rule
 * keyword checks, and then the engine has nothing to find (unless the text is a Kubernetes Secret, whose
 * decoded values it scans too).
 */
export function engineMatches(context: RuleContextLike): readonly Match[] {
  let matches = scans.get(context.sourceCode);
  if (!matches) {
    const { text } = context.sourceCode;
    const empty = !ANY_KEYWORD.test(text) && kubernetesSecretData(text).length === 0;
    matches = empty ? [] : detect(text, displayPath(context), RULES);
    scans.set(context.sourceCode, matches);
  }
  return matches;
}

const keywordPatterns = new WeakMap<Rule, RegExp>();

/**
 * Does the text hold one of a catalog rule's keywords? Without one, neither the engine nor the AST can
 * find anything for that rule in the file (every such finding needs the keyword's text), so a rule may
 * skip the file: this keeps the plugin's cost near zero on the many files that mention no credential.
 */
export function mentionsKeywords(text: string, rule: Rule): boolean {
  let pattern = keywordPatterns.get(rule);
  if (!pattern) {
    pattern = keywordPattern(rule.keywords);
    keywordPatterns.set(rule, pattern);
  }
  return pattern.test(text);
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
