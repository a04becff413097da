import { safeJson } from '../printable.js';
import type { Reporter } from './reporter.js';

/** `{ version: 1, findings, stats }`: findings carry no secret by type; strings are kept whole, control characters JSON-escaped. */
export const jsonReporter: Reporter = (result) => `${safeJson({ version: 1, findings: result.findings, stats: result.stats })}\n`;
