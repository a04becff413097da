import { FORMATS, loadReporter, type Format, type Reporter } from '../../src/reporters/index.js';

// Every reporter, loaded up front: the CLI imports only the one it prints, tests go through all of them.
export const REPORTERS = Object.fromEntries(await Promise.all(FORMATS.map(async (format) => [format, await loadReporter(format)] as const))) as Record<Format, Reporter>;
