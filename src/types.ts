// The shared vocabulary of every source, filter, reporter and front door.

import type { RuleId } from '../rules/index.js';

export type { RuleId };

export type Severity = 'error' | 'warning';

/** Who introduced a secret, for findings that come from git history. */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
}

/**
 * How reports name a file. Names are bytes: one that is not valid UTF-8 is shown with each stray byte as
 * `\xNN`, and its exact bytes travel beside it (JSON `pathBytes`, SARIF a percent-encoded URI).
 */
export interface NamedPath {
  /** Relative to the root, `/`-separated; UTF-8, with each byte outside valid UTF-8 written `\xNN`. */
  path: string;
  /** Base64 of the path's bytes: present only when they are not valid UTF-8. */
  pathBytes?: string;
}

/** Where a chunk of text came from. Only sources create these. */
export type Origin = NamedPath & ({ kind: 'file' } | { kind: 'staged' } | { kind: 'commit'; commit: CommitInfo });

/**
 * Lines (1-based) of a text that a change adds, as sorted, disjoint half-open ranges `[from, to, from, to, …]`;
 * findings elsewhere are context only. Plain numbers, a few per hunk, that cross to worker threads as they are.
 */
export type LineRanges = readonly number[];

/**
 * Where a chunk that is one segment of a larger text sits in it. Segments overlap, so that every match
 * and what the rules read around it lie wholly in one segment; each reports only the matches that start
 * in the part it owns, so each match is reported once.
 */
export interface Segment {
  /** 1-based line and column (UTF-16 code units) of the chunk's first character in the whole text. */
  line: number;
  column: number;
  /** The half-open range of `text` whose matches this chunk reports. */
  from: number;
  to: number;
}

/**
 * A unit of text to scan: its text, or (`data`) the bytes of a text file, which the per-chunk step decodes only
 * if the keyword gate finds something in them. `changedLines` is absent when every line counts.
 */
export type Chunk = TextChunk | DataChunk;

export type DataChunk = ChunkFields & {
  data: Uint8Array;
  text?: undefined;
  /**
   * The keyword gate's words in `data` (`byteHits`), when the source found them: set only for ASCII bytes,
   * which the per-chunk step then reads without searching them again.
   */
  hits?: Map<string, number[]>;
  /** The source asked the keyword gate of these (non-ASCII) bytes already, and it passed them: decode them. */
  passed?: true;
  /** Nothing else holds `data`'s buffer: where `data` is all of it, a worker may be handed the buffer itself. */
  owned?: true;
};

export type TextChunk = ChunkFields & { text: string; data?: undefined };

export interface ChunkFields {
  origin: Origin;
  bytes: number;
  /** Absent when the chunk is the whole text. `changedLines` count lines of the whole text. */
  segment?: Segment;
  changedLines?: LineRanges;
  /**
   * History only: content that stood at this path before the change being scanned (the old side of a
   * rename, or a version from before the scanned range). Its findings mark secrets as already present at
   * the path; none of them is reported.
   */
  prior?: boolean;
}

/** Facts read offline from a token's claims (never the token itself). */
export interface TokenInfo {
  issuer?: string;
  account?: string;
  identity?: string;
  subType?: string;
  expiresAt?: string;
  expired?: boolean;
}

/** What a rule's detector reports: a half-open range of the text it was given. */
export interface Match {
  ruleId: RuleId;
  start: number;
  end: number;
  /** The credential itself. Never leaves the process except to the IAM endpoint under --verify. */
  secret: string;
  /** Optional extra words for the message, e.g. the API Connect host. */
  detail?: string;
  /** When the verdict sets it, instead of the rule's severity (a broken integration rather than a leak). */
  severity?: Severity;
  token?: TokenInfo;
  /** What the rule knows of the match beyond the secret (API Connect: `host`, `form`, `credential`). */
  attributes?: Readonly<Record<string, string>>;
}

export type VerificationStatus = 'live' | 'disabled' | 'invalid' | 'unknown';

export interface Verification {
  status: VerificationStatus;
  reason?: string;
  account?: string;
  identity?: string;
  /** The identity's kind from the token's `sub_type` claim, e.g. `ServiceId` (live keys only). */
  subType?: string;
}

/** Why a finding is shown but does not fail the gate: an inline allow comment in the scanned text. */
export interface Suppression {
  kind: 'inSource';
  /** The reason written after `secret-hygiene:allow --`, if any. */
  justification?: string;
}

/** A finding as every reporter sees it: it holds no secret. */
export interface Finding extends NamedPath {
  ruleId: RuleId;
  message: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  redacted: string;
  fingerprint: string;
  commit?: CommitInfo;
  token?: TokenInfo;
  verification?: Verification;
  suppression?: Suppression;
}

/** A finding still carrying its secret, inside the pipeline only (verify needs it). */
export interface SecretFinding extends Finding {
  secret: string;
}

export interface SkippedFile extends NamedPath {
  reason: 'binary' | 'symlink-outside-root' | 'submodule' | 'not-a-file' | 'broken-symlink' | 'vanished';
}

/** A path that could not be read or scanned whole, and why. */
export interface UnreadPath extends NamedPath {
  message: string;
}

export interface Stats {
  files: number;
  bytes: number;
  commits?: number;
  /** What was not scanned, and why: binary files are counted, the rest listed. */
  skipped: { binary: number; files: SkippedFile[] };
  /** What could not be read or scanned whole: any entry makes the run exit 2. */
  errors: UnreadPath[];
  notes: string[];
  baselined: number;
  /** Findings allowed by an inline comment: listed in `ScanResult.suppressed`, never failing the gate. */
  suppressed: number;
  /**
   * Candidates whose check threw: each was left unjudged, and the rest of the scan went on. Each is listed
   * in `errors` as well (up to 20, then a count), so such a scan exits 2.
   */
  detectorErrors: number;
  durationMs: number;
  /** Requests sent per host under --verify. */
  verifyRequests?: Record<string, number>;
}

/**
 * A pull request's change to the gate's own settings (the config or the baseline), found in a history
 * range: reported as a warning, never applied (SPEC §3), and never failing the gate by itself.
 */
export interface SettingsChange {
  /** The file, relative to the root. */
  path: string;
  /** What changed, and which version the run used instead. */
  message: string;
  severity: 'warning';
}

export interface ScanResult {
  findings: Finding[];
  /** Findings an inline allow comment suppressed: shown as such (SARIF `suppressions`), never failing the gate. */
  suppressed: Finding[];
  /** History ranges: changes to the config or baseline inside the range, which the run did not apply. */
  warnings?: SettingsChange[];
  stats: Stats;
}
