import { runPipeline } from '../../pipeline/run.js';
import { fileChunks, type FilesOptions } from '../../sources/files.js';
import { newSourceStats } from '../../sources/source.js';
import type { ScanResult } from '../../types.js';
import { pipelineOptions, type RunContext } from '../context.js';

/** `scan [PATH...]`: files and directories, default the current directory. */
export async function scanFiles(paths: string[], context: RunContext): Promise<ScanResult> {
  const stats = newSourceStats();
  const options: FilesOptions = {
    root: context.root,
    cwd: context.cwd,
    ignore: context.config.ignore,
    segmentSize: context.maxFileSize,
    defaultIgnores: context.options.defaultIgnores,
  };
  return runPipeline(fileChunks(paths.length ? paths : ['.'], options, stats), stats, pipelineOptions(context));
}
