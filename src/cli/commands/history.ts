import { activeRules } from '../../pipeline/chunk.js';
import { runPipeline } from '../../pipeline/run.js';
import { historyChunks, type HistoryOptions } from '../../sources/git-history.js';
import { newSourceStats } from '../../sources/source.js';
import type { ScanResult } from '../../types.js';
import { pipelineOptions, type RunContext } from '../context.js';

/** Where progress goes: a TTY's stderr, or nowhere. */
export type ProgressSink = ((line: string) => void) | undefined;

const REDRAW_MS = 100;

/** `commits done/total (rate/s)` redrawn in place at most every 100 ms, and wiped when done. */
function progressLine(sink: (s: string) => void): { update: (done: number, total: number) => void; clear: () => void } {
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = performance.now();
      if (now - last < REDRAW_MS && done !== total) return;
      last = now;
      const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
      sink(`\r\x1b[Khistory: ${done.toLocaleString('en')}/${total.toLocaleString('en')} commits (${rate.toLocaleString('en')}/s)`);
      shown = true;
    },
    clear() {
      if (shown) sink('\r\x1b[K');
    },
  };
}

/** `history [RANGE]`: every commit of every branch and tag, or the given range, each secret at its first commit. */
export async function scanHistory(revs: string[], context: RunContext, progress: ProgressSink): Promise<ScanResult> {
  const stats = newSourceStats();
  const options = { ...pipelineOptions(context), oncePerPath: true };
  const source: HistoryOptions = {
    cwd: context.cwd,
    revs,
    ignore: context.config.ignore,
    segmentSize: context.maxFileSize,
    rules: activeRules(options.rules, options.config),
  };
  const line = progress && !context.options.quiet ? progressLine(progress) : undefined;
  if (line) source.onProgress = line.update;
  try {
    const result = await runPipeline(historyChunks(source, stats), stats, options);
    if (context.warnings.length) result.warnings = context.warnings;
    return result;
  } finally {
    line?.clear();
  }
}
