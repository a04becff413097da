import type { SkippedFile } from '../types.js';

/** What a source counts while it yields chunks; the pipeline turns it into `Stats`. */
export interface SourceStats {
  files: number;
  bytes: number;
  commits?: number;
  binary: number;
  skipped: SkippedFile[];
  errors: Array<{ path: string; message: string }>;
  notes: string[];
}

export function newSourceStats(): SourceStats {
  return { files: 0, bytes: 0, binary: 0, skipped: [], errors: [], notes: [] };
}
