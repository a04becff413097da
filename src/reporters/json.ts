import type { Reporter } from './reporter.js';

/** `{ version: 1, findings, stats }`: findings carry no secret by type, so nothing to strip here. */
export const jsonReporter: Reporter = (result) => `${JSON.stringify({ version: 1, findings: result.findings, stats: result.stats }, null, 2)}\n`;
