import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ScanError } from '../../errors.js';
import { formatBaseline } from '../../filters/baseline.js';
import type { ScanResult } from '../../types.js';
import type { RunContext } from '../context.js';

/**
 * `baseline [PATH...]` and `baseline --history [RANGE]`: writes every current finding to the baseline
 * file. The scan that feeds it runs without the old baseline, so fixed secrets leave the file and the
 * file is the same bytes for the same findings. A scan that could not read everything writes nothing.
 */
export async function writeBaselineFile(scan: (context: RunContext) => Promise<ScanResult>, context: RunContext, stdout: (s: string) => void): Promise<number> {
  const result = await scan({ ...context, baseline: [] });
  if (result.stats.errors.length) {
    const first = result.stats.errors[0];
    throw new ScanError('unreadable', `baseline not written: ${result.stats.errors.length} unreadable (first: ${first?.path}: ${first?.message})`);
  }
  const text = formatBaseline(result.findings);
  await mkdir(path.dirname(context.baselinePath), { recursive: true });
  await writeFile(context.baselinePath, text).catch((error: Error) => {
    throw new ScanError('unreadable', `cannot write ${context.baselinePath}: ${error.message}`);
  });
  const entries = text.split('\n').filter((l) => l.startsWith('    {')).length;
  if (!context.options.quiet) {
    stdout(`wrote ${entries} ${entries === 1 ? 'entry' : 'entries'} (${result.findings.length} findings) to ${path.relative(context.cwd, context.baselinePath) || context.baselinePath}\n`);
  }
  return 0;
}
