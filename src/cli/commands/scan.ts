import path from 'node:path';
import { runPipeline } from '../../pipeline/run.js';
import { displayPath, fileChunks, type FilesOptions } from '../../sources/files.js';
import { toBytePath } from '../../sources/path-bytes.js';
import { newSourceStats } from '../../sources/source.js';
import { stdinChunks } from '../../sources/stdin.js';
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

export const STDIN_NAME = '(stdin)';

/**
 * `scan -`: the text on standard input, reported as `name` (`--stdin-path`), which is shown relative to the
 * root like a file path, so an editor that names the buffer's file gets the findings a file scan would give.
 */
export async function scanStdin(input: AsyncIterable<Uint8Array | string>, name: string | undefined, context: RunContext): Promise<ScanResult> {
  const stats = newSourceStats();
  const shown = name === undefined ? { path: STDIN_NAME } : displayPath(toBytePath(context.root), toBytePath(path.resolve(context.cwd, name)));
  const options = { name: shown, ignore: context.config.ignore, segmentSize: context.maxFileSize };
  return runPipeline(stdinChunks(input, options, stats), stats, pipelineOptions(context));
}
