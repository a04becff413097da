import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ScanError } from '../../errors.js';
import { formatBaseline, updateBaseline, type BaselineMode } from '../../filters/baseline.js';
import type { ScanResult } from '../../types.js';
import type { RunContext } from '../context.js';
import { writeFileNoFollow } from '../file-io.js';
import { displayPath } from '../../sources/files.js';
import { toBytePath } from '../../sources/path-bytes.js';

/**
 * The paths a `baseline [PATH...]` run scans, named as its findings name them (root-relative, or absolute
 * outside the root; '' for the root itself): its entries elsewhere are kept.
 */
export function filesScope(paths: readonly string[], context: RunContext): string[] {
  const root = toBytePath(context.root);
  return (paths.length ? paths : ['.']).map((p) => {
    const named = toBytePath(path.resolve(context.cwd, p));
    return named === root ? '' : displayPath(root, named).path;
  });
}

/**
 * `baseline [PATH...]` and `baseline --history [RANGE]`: writes every current finding to the baseline
 * file, in the list of its mode. The scan runs without the old entries, so fixed secrets leave the file,
 * and the file is the same bytes for the same findings. The other mode's list, the entries outside the
 * scanned paths (`scope`; undefined for a history range: add only) and the salt are kept. The first write
 * makes the repository's salt. A scan that could not read everything writes nothing.
 */
export async function writeBaselineFile(
  scan: (context: RunContext) => Promise<ScanResult>,
  context: RunContext,
  mode: BaselineMode,
  scope: readonly string[] | undefined,
  stdout: (s: string) => void,
): Promise<number> {
  const old = context.baseline;
  const salt = old.salt ?? randomBytes(32).toString('hex');
  const result = await scan({ ...context, baseline: { version: 2, salt, files: [], history: [] } });
  if (result.stats.errors.length) {
    const first = result.stats.errors[0];
    throw new ScanError('unreadable', `baseline not written: ${result.stats.errors.length} unreadable (first: ${first?.path}: ${first?.message})`);
  }
  const { baseline, replacedV1 } = updateBaseline(old, salt, mode, result.findings, scope);
  const shown = path.relative(context.cwd, context.baselinePath) || context.baselinePath;
  await writeFileNoFollow(context.baselinePath, formatBaseline(baseline), shown, { createDirectory: true });
  if (!context.options.quiet) {
    const entries = baseline[mode].length;
    const other = mode === 'files' ? 'history' : 'files';
    const kept = baseline[other].length ? `; kept the ${baseline[other].length} of baseline${other === 'history' ? ' --history' : ''}` : '';
    stdout(`wrote ${entries} ${entries === 1 ? 'entry' : 'entries'} (${result.findings.length} findings) to ${shown}${kept}\n`);
    if (replacedV1) {
      stdout(
        `upgraded ${shown} to version 2 (fingerprints keyed with a salt of this repository): its ${replacedV1} version 1 entries were replaced by this run's findings; ` +
          `run \`secret-hygiene baseline${mode === 'files' ? ' --history' : ''}\` to accept the other kind again\n`,
      );
    }
  }
  return 0;
}
