import type { Severity, TokenInfo } from '../types.js';
import type { Decoder } from './decode.js';
import type { EvidenceSpec } from './evidence.js';

/** What a detector sees: the text, its lower-cased twin (computed once) and the path it came from. */
export interface DetectInput {
  text: string;
  lower: string;
  path: string;
}

/**
 * A rule's judgement of one candidate. `evidence` is what `--debug` shows for a finding; `at` moves the
 * finding to where the credential itself is written (a REST-client `@password = …` line above the header
 * that uses it); `attributes` say what the front doors may need to know (the host, the form).
 */
export type Verdict =
  | {
      ok: true;
      detail?: string;
      token?: TokenInfo;
      severity?: Severity;
      evidence?: string;
      at?: readonly [number, number];
      attributes?: Readonly<Record<string, string>>;
    }
  /** `quiet`: not a candidate at all (the pattern is wider than the rule's candidates); `--debug` does not list it. */
  | { ok: false; reason: string; quiet?: boolean };

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

/**
 * One detector of the catalog: pure data and pure functions. Every fact about a rule is a field here;
 * everything else (rule ids, the keyword gate, SARIF metadata, docs) is derived from the catalog.
 */
export interface Rule<Id extends string = string> {
  id: Id;
  title: string;
  /** The message of a finding; `detail` from the verdict is appended when present. */
  message: string;
  severity: Severity;
  /**
   * Lower-case words of which at least one must occur in the text before `pattern` runs.
   * Each must be necessary for a match, so the keyword gate never hides a finding.
   */
  keywords: readonly string[];
  /**
   * Keywords that give a whole text its context (an IBM mention): with one of them in the text, the rule also
   * looks `near` its `loose.anchors` (loose names such as `token` may then hold a credential).
   */
  contextKeywords?: readonly string[];
  /** Keywords that count only in prose (commit messages, documents), where a sentence can name a key; the rule looks near them with `loose.pattern`. */
  proseKeywords?: readonly string[];
  /**
   * Where the rule looks beyond its keywords, with a narrower pattern: near `anchors` in a text that holds a
   * context keyword, and near the prose keywords in prose. Only the narrow shape is a candidate there.
   */
  loose?: { pattern: RegExp; anchors: readonly string[] };
  /** Files this rule reads whatever words they hold (an s3fs password file holds only `id:secret`). */
  files?: RegExp;
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
  /** Encodings this rule's secrets hide in: the engine decodes them and scans the decoded text too. */
  decoders?: readonly Decoder[];
  /** Verify mode may send this rule's secrets to the IAM endpoint (SPEC §6). */
  verifiable?: boolean;
  /**
   * The verdict turns on the name a value is bound to: the ESLint plugin asks the rule again with the names
   * the syntax tree knows (across a type annotation, `??`, a ternary).
   */
  named?: boolean;
  /**
   * How the secret travels, when the rule is about a request rather than a stored value: the ESLint plugin
   * reports such findings from its request rules, which know the request from the syntax tree
   * (`authorization-header`: no-hardcoded-bearer; `basic-auth`: no-api-connect-basic-auth).
   */
  carrier?: 'authorization-header' | 'basic-auth';
  /** The lowest Shannon entropy (bits per character) a secret of this rule has: below it, a value is a word or a mask. */
  entropy?: number;
  /** What each kind of evidence is worth to this rule, and the threshold of a finding. */
  evidence?: EvidenceSpec;
  validate?: (match: RegExpExecArray, input: DetectInput) => Verdict;
  examples: { positive: Example[]; negative: Array<Example & { reason: string }> };
}
