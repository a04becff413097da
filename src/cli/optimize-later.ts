// V8 optimizes a function once it has run for a while (its interrupt budget). In a run of seconds, much of that
// work goes to functions that are warm only briefly, and it competes with the scan for the same cores: each
// detection thread is an isolate of its own, which compiles the engine again. A run that starts detection
// threads has shown that it is long, so from then on V8 waits four times as long as Node 20's default (66 KiB)
// before it optimizes. Measured side by side (farm-bench, a shared 2-core machine): `scan` of
// terraform-provider-ibm 0.94x the wall time (CPU 0.92x). A short run (a pre-commit hook) is never touched: there
// the same budget from the start made `scan --staged` 1.12x slower, its brief table-building loops running
// longer unoptimized. Only the CLI does this, in its own process: the library and the ESLint plugin run in
// their users' processes and leave V8's flags alone. bin/secret-hygiene.js keeps no compile cache made after it.
import { createRequire } from 'node:module';

const INTERRUPT_BUDGET = 4 * 66 * 1024;

/** node:v8, loaded here only: a few milliseconds that a run with no detection threads never pays. */
const load = createRequire(import.meta.url);

export function optimizeLater(): void {
  (load('node:v8') as typeof import('node:v8')).setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
