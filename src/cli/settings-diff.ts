// What a pull request changed in the gate's settings, in words for the warning: which globs, rules,
// patterns and entries, so that a reviewer sees at once whether the change would have hidden something.
import { quote, type Config } from '../config.js';
import { ScanError } from '../errors.js';
import type { Baseline, BaselineEntry } from '../filters/baseline.js';
import type { FileAtRevision } from '../sources/git-range.js';

const MAX_LISTED = 5;

/** `"a", "b" and 3 more`: globs and rule ids, quoted (`quote` describes a long one instead), a few at most. */
function listed(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).map(quote);
  return values.length > MAX_LISTED ? `${shown.join(', ')} and ${values.length - MAX_LISTED} more` : shown.join(', ');
}

/** Allow patterns are counted, never quoted: a pattern that allows a key may be the key itself. */
const patterns = (n: number): string => `${n} ${n === 1 ? 'pattern' : 'patterns'}`;

function added(before: readonly string[], after: readonly string[]): string[] {
  const old = new Set(before);
  return after.filter((v) => !old.has(v));
}

/** The other version's text, parsed; or why it could not be (a pull request's file may be anything). */
function parseHead<T>(head: FileAtRevision, parse: (text: string, shown: string) => T): T | string | undefined {
  if (head.kind === 'absent') return undefined;
  if (head.kind === 'not-a-file') return `it is no longer a regular file (mode ${head.mode})`;
  if (head.kind === 'too-large') return `it is now ${head.bytes} bytes, too large to read`;
  try {
    return parse(head.text, 'it');
  } catch (error) {
    if (error instanceof ScanError) return `it would be rejected: ${error.message.replace(/^it: /, '')}`;
    throw error;
  }
}

export function describeConfigChange(base: Config, head: FileAtRevision, parse: (text: string, shown: string) => Config): string | undefined {
  const next = parseHead(head, parse);
  if (next === undefined) return 'deleted';
  if (typeof next === 'string') return next;
  const parts: string[] = [];
  const allow = (c: Config): string[] => c.allow.map((re) => re.source);
  const counted = (values: readonly string[]): string => patterns(values.length);
  const differences: Array<[string, string, readonly string[], readonly string[], (values: readonly string[]) => string]> = [
    ['ignore adds', 'ignore removes', base.ignore, next.ignore, listed],
    ['turns off', 'turns on', [...base.off], [...next.off], listed],
    ['allow adds', 'allow removes', allow(base), allow(next), counted],
  ];
  for (const [more, fewer, before, after, say] of differences) {
    const gained = added(before, after);
    const lost = added(after, before);
    if (gained.length) parts.push(`${more} ${say(gained)}`);
    if (lost.length) parts.push(`${fewer} ${say(lost)}`);
  }
  if (base.maxFileSize !== next.maxFileSize) parts.push(`maxFileSize ${base.maxFileSize ?? 'unset'} → ${next.maxFileSize ?? 'unset'}`);
  return parts.length ? parts.join('; ') : undefined;
}

const entryKey = (e: BaselineEntry): string => `${e.ruleId}\0${e.fingerprint}\0${e.path}`;

export function describeBaselineChange(base: Baseline, head: FileAtRevision, parse: (text: string, shown: string) => Baseline): string | undefined {
  const next = parseHead(head, parse);
  if (next === undefined) return 'deleted';
  if (typeof next === 'string') return next;
  const keys = (b: Baseline): string[] => [...b.files, ...b.history].map(entryKey);
  const [before, after] = [keys(base), keys(next)];
  const more = added(before, after).length;
  const fewer = added(after, before).length;
  const parts: string[] = [];
  if (more) parts.push(`${more} ${more === 1 ? 'entry' : 'entries'} added`);
  if (fewer) parts.push(`${fewer} ${fewer === 1 ? 'entry' : 'entries'} removed`);
  if (base.salt !== next.salt) parts.push('the fingerprint salt changed');
  return parts.length ? parts.join('; ') : undefined;
}
