/** What went wrong, for callers to branch on; `cli/` maps every kind to exit code 2. */
export type ScanErrorKind = 'not-a-repo' | 'git-failed' | 'unreadable' | 'bad-config' | 'bad-usage' | 'network' | 'internal';

export class ScanError extends Error {
  constructor(
    readonly kind: ScanErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ScanError';
  }
}
