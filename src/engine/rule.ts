import type { RuleId, Severity, TokenInfo } from '../types.js';

/** What a detector sees: the text, its lower-cased twin (computed once) and the path it came from. */
export interface DetectInput {
  text: string;
  lower: string;
  path: string;
}

export type Verdict =
  | { ok: true; detail?: string; token?: TokenInfo; severity?: Severity }
  | { ok: false; reason: string };

/** Key-shaped values for examples, drawn from a seeded random source: the repository holds no secrets. */
export interface Gen {
  /** 44 characters of base64url: the shape of an IBM Cloud API key. */
  ibmKey(): string;
  hex(length: number): string;
  base64url(length: number): string;
  /** A three-part token whose header and payload are these objects, with a random signature of the size `alg` makes, or `signature`. */
  jwt(payload: Record<string, unknown>, header?: Record<string, unknown>, signature?: string): string;
  base64(text: string): string;
}

export type ExampleText = string | ((gen: Gen) => string);

export interface Example {
  text: ExampleText;
  /** Path the text is scanned as (default `example.txt`). */
  path?: string;
  /** Why a negative must not match, or what a positive shows. */
  reason?: string;
}

export interface Rule {
  id: RuleId;
  title: string;
  /** The message of a finding; `detail` from the verdict is appended when present. */
  message: string;
  severity: Severity;
  /**
   * Lower-case words of which at least one must occur in the text before `pattern` runs.
   * Each must be necessary for a match, so the prefilter never hides a finding.
   */
  keywords: readonly string[];
  /**
   * A global regex with `d` (indices) whose named group `secret` (or the whole match) is the credential.
   * Every quantified class sits behind a boundary lookbehind, so no input makes it backtrack badly.
   */
  pattern: RegExp;
  /**
   * When set, every match starts within this many characters of one of `keywords` (before or after it), and
   * the engine searches only those windows. Matches of such a rule must be shorter than 1 KiB.
   */
  near?: number;
  validate?: (match: RegExpExecArray, input: DetectInput) => Verdict;
  examples: { positive: Example[]; negative: Array<Example & { reason: string }> };
}
