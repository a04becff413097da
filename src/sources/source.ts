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

export function newSourceStats(): SourceStats {
  return { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
}
