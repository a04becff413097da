import type { ScanResult } from '../types.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  color: boolean;
  /** What was scanned, for the summary line: `files` or `commits`. */
  mode: 'files' | 'staged' | 'history';
  /** Findings only: no summary (text). */
  quiet?: boolean;
  /** When the scan ended (gitlab's scan times); now by default, fixed in golden files. */
  now?: Date;
}

export type Reporter = (result: ScanResult, context: ReportContext) => string;

/**
 * A finding fails the gate unless it is a warning (API Connect Basic auth with credentials from variables: a
 * broken integration, not a leak, SPEC §2) or verification showed its key is dead (SPEC §6).
 */
export const failsGate = (f: { severity?: string; verification?: { status: string } }): boolean =>
  f.severity !== 'warning' && f.verification?.status !== 'invalid';

/** The CLI's exit code for a result: 2 when something could not be scanned, 1 for a finding that fails the gate, else 0. */
export const exitCode = (result: ScanResult): 0 | 1 | 2 => (result.stats.errors.length ? 2 : result.findings.some(failsGate) ? 1 : 0);

/** The id under which reports show a pull request's change to the config or baseline (SPEC §3): a warning. */
export const SETTINGS_CHANGE_ID = 'gate-settings-changed';

/** `N findings allowed inline`: inline-allowed findings are shown as suppressed, never silently dropped. */
export const allowedInline = (n: number): string => `${n} ${n === 1 ? 'finding' : 'findings'} allowed inline (secret-hygiene:allow comments)`;
