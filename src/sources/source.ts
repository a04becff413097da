import type { SkippedFile, UnreadPath } from '../types.js';

/** What a source counts while it yields chunks; the pipeline turns it into `Stats`. */
export interface SourceStats {
  files: number;
  bytes: number;
  commits?: number;
  binary: number;
  skipped: SkippedFile[];
  errors: UnreadPath[];
  notes: string[];
}

/** Counts one text read to its end (a file, a blob, standard input), or one found to be binary. */
export function countRead(stats: SourceStats, kind: 'text' | 'binary', bytes: number): void {
  if (kind === 'binary') {
    stats.binary++;
    return;
  }
  stats.files++;
  stats.bytes += bytes;
}

export function newSourceStats(): SourceStats {
  return { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
}
