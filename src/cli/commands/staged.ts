import { runPipeline } from '../../pipeline/run.js';
import { stagedChunks } from '../../sources/git-staged.js';
import { newSourceStats } from '../../sources/source.js';
import type { ScanResult } from '../../types.js';
import { pipelineOptions, type RunContext } from '../context.js';

/** `scan --staged`: what the next commit will contain, judged on the lines it adds. */
export async function scanStaged(context: RunContext): Promise<ScanResult> {
  const stats = newSourceStats();
  const options = { cwd: context.cwd, ignore: context.config.ignore, segmentSize: context.maxFileSize };
  return runPipeline(stagedChunks(options, stats), stats, pipelineOptions(context));
}
