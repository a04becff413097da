// A pull request's range and the files at its ends. SPEC §3: for `history A..B`, the gate's own settings
// (config and baseline) are read from the base revision, which the pull request did not write.
import { ScanError } from '../errors.js';
import { checkRevs, excludesHistory } from './git-history.js';
import type { GitRunner } from './git.js';

/** The two ends of a range, as commit names. */
export interface RangeEnds {
  /** The revision the settings are read from: A for `A..B` and `^A B`, the merge base for `A...B`. */
  base: string;
  /** The range's tip: its settings are what the pull request proposes. */
  head: string;
}

async function commit(git: GitRunner, rev: string): Promise<string> {
  const out = await git.tryRun(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = out?.toString('utf8').trim();
  if (!sha) throw new ScanError('git-failed', `history: "${rev}" is not a commit of this repository`);
  return sha;
}

/**
 * The ends of `revs` when it is a range with one base (`A..B`, `A...B`, `^A B`); `undefined` when it names
 * no excluded history (every ref, or tips only), where the work tree's settings apply. Any other way of
 * excluding history has no single base to trust, and is refused rather than judged by the wrong rules.
 */
export async function rangeEnds(git: GitRunner, revs: readonly string[]): Promise<RangeEnds | undefined> {
  checkRevs(revs);
  const excluded = revs.filter((r) => r.startsWith('^'));
  const dots = revs.length === 1 ? /^(.*?)(\.\.\.?)(.*)$/s.exec(revs[0] ?? '') : null;
  if (dots && !excluded.length) {
    const [, a = '', op, b = ''] = dots;
    const head = await commit(git, b || 'HEAD');
    if (op === '..') return { base: await commit(git, a || 'HEAD'), head };
    const mergeBase = await git.tryRun(['merge-base', await commit(git, a || 'HEAD'), head]);
    const base = mergeBase?.toString('utf8').trim();
    if (!base) throw new ScanError('git-failed', `history: "${revs[0]}" has no merge base to read the config and baseline from`);
    return { base, head };
  }
  const included = revs.filter((r) => !r.startsWith('^'));
  if (excluded.length === 1 && included.length === 1 && !/\.\.|\^[!@-]/.test(included[0] ?? '')) {
    return { base: await commit(git, (excluded[0] ?? '').slice(1)), head: await commit(git, included[0] ?? '') };
  }
  if (!excludesHistory(revs)) return undefined;
  throw new ScanError(
    'bad-usage',
    `history: cannot tell the base revision of "${revs.join(' ')}", whose config and baseline judge the range: give it as BASE..HEAD, BASE...HEAD or ^BASE HEAD`,
  );
}

/** What a revision holds at a path, as `ls-tree -l` tells it: a regular file's blob and size, nothing read. */
export type EntryAtRevision = { kind: 'absent' } | { kind: 'not-a-file'; mode: string } | { kind: 'file'; blob: string; bytes: number };

/** The same, with a regular file's text read (or why not). */
export type FileAtRevision =
  | Exclude<EntryAtRevision, { kind: 'file' }>
  | { kind: 'file'; blob: string; text: string }
  | { kind: 'too-large'; bytes: number };

const REGULAR = new Set(['100644', '100755']);

/** The entry at `rel` (relative to the top of the work tree, `/`-separated) in commit `rev`: one `ls-tree -l`, no read. */
export async function entryAtRevision(git: GitRunner, rev: string, rel: string): Promise<EntryAtRevision> {
  const listing = (await git.run(['ls-tree', '-l', '-z', '--full-tree', rev, '--', rel])).toString('utf8');
  const entry = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t/.exec(listing);
  if (!entry) return { kind: 'absent' };
  const [, mode = '', , blob = '', bytes = ''] = entry;
  return REGULAR.has(mode) ? { kind: 'file', blob, bytes: Number(bytes) } : { kind: 'not-a-file', mode };
}

/** An entry's text, read as UTF-8 when it is a regular file of at most `maxBytes`. */
export async function readAtRevision(git: GitRunner, entry: EntryAtRevision, maxBytes: number): Promise<FileAtRevision> {
  if (entry.kind !== 'file') return entry;
  if (entry.bytes > maxBytes) return { kind: 'too-large', bytes: entry.bytes };
  return { kind: 'file', blob: entry.blob, text: (await git.run(['cat-file', 'blob', entry.blob])).toString('utf8') };
}
