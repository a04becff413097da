import { safeJson } from '../printable.js';
import type { Reporter } from './reporter.js';

/**
 * `{ version: 1, findings, suppressed, warnings, stats }`. `findings` are what fails the gate; `suppressed`
 * the findings an inline allow comment let through (each with its `suppression`); `warnings` a pull
 * request's changes to the config or baseline. Findings carry no secret by type; strings are kept whole,
 * control characters JSON-escaped.
 */
export const jsonReporter: Reporter = (result) =>
  `${safeJson({ version: 1, findings: result.findings, suppressed: result.suppressed, warnings: result.warnings ?? [], stats: result.stats })}\n`;
