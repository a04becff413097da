// Where a run's config and baseline come from. From the disk, normally; for a pull-request range
// (`history A..B`), from the base revision A, so that a pull request cannot switch off its own gate
// (SPEC §3). A change to either inside the range is reported as a warning and not applied.
import path from 'node:path';
import { CONFIG_FILE, EMPTY_CONFIG, parseConfig, type Config } from '../config.js';
import { ScanError } from '../errors.js';
import { BASELINE_FILE, EMPTY_BASELINE, parseBaseline, type Baseline } from '../filters/baseline.js';
import { entryAtRevision, readAtRevision, type EntryAtRevision, type FileAtRevision, type RangeEnds } from '../sources/git-range.js';
import type { GitRunner } from '../sources/git.js';
import type { SettingsChange } from '../types.js';
import { describeBaselineChange, describeConfigChange } from './settings-diff.js';
import { MAX_SETTINGS_FILE, readRegularFile, resolvedPath } from './file-io.js';
import { leavesBase, toPosix } from '../posix-path.js';

export interface Settings {
  config: Config;
  baseline: Baseline;
  baselinePath: string;
  warnings: SettingsChange[];
}

export interface SettingsRequest {
  cwd: string;
  root: string;
  /** `--config FILE` (trusted: the user's flag), else the root's `.secret-hygiene.json`. */
  config?: string;
  /** `--baseline FILE`, else the root's `.secret-hygiene-baseline.json`. */
  baseline?: string;
  /** `--no-baseline`: no entry of the baseline is applied (its salt still keys the fingerprints). */
  noBaseline: boolean;
  /** `baseline` writes the file: it is read from the disk (its salt and the other mode's list), and may not exist. */
  writingBaseline: boolean;
  /** A pull-request range and the repository's git: the settings come from `range.base`. */
  range?: { ends: RangeEnds; git: GitRunner };
}

/** A file the CLI reads: where it is, how to name it, and whether the user named it (then it must exist). */
interface SettingsFile {
  file: string;
  shown: string;
  explicit: boolean;
  /** Its path inside the work tree, `/`-separated, when it lies there: a range reads it from a revision. */
  rel?: string;
}

/** `file` relative to `root`, when it lies inside it. */
function inside(root: string, file: string): string | undefined {
  const rel = path.relative(root, file);
  return rel !== '' && !leavesBase(rel) ? rel : undefined;
}

/**
 * A settings file inside the work tree as written or once links are resolved (the same checkout reached
 * through a linked directory, or a link to a file in it) is the pull request's to change: a range reads it
 * from a revision.
 */
function locate(request: SettingsRequest, given: string | undefined, name: string): SettingsFile {
  const file = given === undefined ? path.join(request.root, name) : path.resolve(request.cwd, given);
  const rel = inside(request.root, file) ?? inside(resolvedPath(request.root), resolvedPath(file));
  const located: SettingsFile = { file, shown: path.relative(request.cwd, file) || file, explicit: given !== undefined };
  if (rel !== undefined) located.rel = toPosix(rel);
  return located;
}

function fromDisk<T>(at: SettingsFile, parse: (text: string, shown: string) => T, empty: T, required: boolean): T {
  const text = readRegularFile(at.file, at.shown);
  if (text === undefined) {
    if (required) throw new ScanError('unreadable', `cannot read ${at.shown}: ENOENT: no such file or directory`);
    return empty;
  }
  return parse(text, at.shown);
}

const short = (sha: string): string => sha.slice(0, 12);

/**
 * One settings file of a range: parsed from the base revision, and compared with the range's tip. A
 * file outside the work tree (a flag naming a path elsewhere) is no pull request's to change: it is read
 * from the disk.
 */
async function fromRange<T>(
  range: NonNullable<SettingsRequest['range']>,
  at: SettingsFile,
  parse: (text: string, shown: string) => T,
  empty: T,
  describe: (base: T, head: FileAtRevision, parse: (text: string, shown: string) => T) => string | undefined,
  warnings: SettingsChange[],
): Promise<T> {
  const { rel } = at;
  if (rel === undefined) return fromDisk(at, parse, empty, at.explicit);
  const { base, head } = range.ends;
  const atBase = await readAtRevision(range.git, await entryAtRevision(range.git, base, rel), MAX_SETTINGS_FILE);
  // The base's file judges the range, so it must be one; the tip's may be anything, and is only described.
  const where = `${rel} at ${short(base)}`;
  if (atBase.kind === 'not-a-file') throw new ScanError('bad-config', `${where} is not a regular file (mode ${atBase.mode})`);
  if (atBase.kind === 'too-large') throw new ScanError('bad-config', `${where} is larger than ${MAX_SETTINGS_FILE / 1024 / 1024} MiB`);
  const value = atBase.kind === 'file' ? parse(atBase.text, where) : empty;
  // The tip's file is read only when it is not the base's (most runs: it is the same blob).
  const atHead = await entryAtRevision(range.git, head, rel);
  const identity = (f: FileAtRevision | EntryAtRevision): string => (f.kind === 'file' ? f.blob : f.kind);
  if (identity(atBase) !== identity(atHead)) {
    const change = describe(value, await readAtRevision(range.git, atHead, MAX_SETTINGS_FILE), parse) ?? 'its text changed, its meaning did not';
    const used = atBase.kind === 'file' ? `the version at the base ${short(base)}` : `none: there is no ${rel} at the base ${short(base)}`;
    warnings.push({ path: rel, severity: 'warning', message: `${rel} changed in this range (${change}); not applied: this run uses ${used}` });
  }
  return value;
}

/** The config and baseline of a run, with the warnings about a pull request's changes to them. */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const warnings: SettingsChange[] = [];
  const configAt = locate(request, request.config, CONFIG_FILE);
  const baselineAt = locate(request, request.baseline, BASELINE_FILE);
  const { range } = request;
  const config = range
    ? await fromRange(range, configAt, parseConfig, EMPTY_CONFIG, describeConfigChange, warnings)
    : fromDisk(configAt, parseConfig, EMPTY_CONFIG, configAt.explicit);
  const baseline = request.writingBaseline
    ? fromDisk(baselineAt, parseBaseline, EMPTY_BASELINE, false)
    : range
      ? await fromRange(range, baselineAt, parseBaseline, EMPTY_BASELINE, describeBaselineChange, warnings)
      : fromDisk(baselineAt, parseBaseline, EMPTY_BASELINE, baselineAt.explicit);
  // Without its entries, the baseline still names the salt: fingerprints stay those of every other run.
  const applied = request.noBaseline ? { ...baseline, files: [], history: [] } : baseline;
  return { config, baseline: applied, baselinePath: baselineAt.file, warnings };
}
