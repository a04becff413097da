// History re-reads every version of a file, and a new version differs from the one before by a few lines.
// So the gate's words are found once per change, not once per version: the memo keeps recent versions with
// the words found in them, and searches a new version at the same path only where it differs from the old
// one (widened by a word's length). A word wholly inside the common prefix or suffix was in the old version,
// at the same place or (in the suffix) shifted by the change in length.
import { isAscii } from 'node:buffer';
import { BoundedMap } from './bounded-map.js';

/** Length of the longest common prefix of `a` and `b` (native compares, O(n) in all). */
export function commonPrefix(a: Uint8Array, b: Buffer): number {
  let lo = 0; // a[0, lo) equals b[0, lo)
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (b.compare(a, lo, mid, lo, mid) === 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`. */
export function commonSuffix(a: Uint8Array, b: Buffer, limit: number): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length, limit);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (b.compare(a, a.length - mid, a.length - lo, b.length - mid, b.length - lo) === 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The gate's two questions of a version's bytes (see `KeywordGate`). */
export interface WordLook {
  /** Every word's offsets in ASCII bytes (`byteHits`). */
  hits(bytes: Buffer): Map<string, number[]>;
  /** Whether other bytes may hold a word (`passes`). */
  passes(bytes: Buffer): boolean;
}

/**
 * A remembered version: its bytes, and every word's offsets in them. A version that is not ASCII is
 * remembered only when it holds no word at all (empty `hits`): the gate tests such bytes without offsets.
 */
interface Version {
  bytes: Buffer;
  hits: Map<string, number[]>;
}

/** How the new version lines up with the old one: equal bytes before `prefix` and in the last `suffix`. */
interface Edit {
  prefix: number;
  suffix: number;
  /** The bytes to search: the changed ones, widened by `reach` on each side. */
  from: number;
  to: number;
}

/**
 * The words of each new version of a file, found in what changed since the version it replaces, while that
 * one is remembered (within a byte budget); in the whole version otherwise.
 */
export class KeywordMemo {
  private readonly versions: BoundedMap<Version>;

  /** `reach`: the longest word's length less one. */
  constructor(
    private readonly reach: number,
    private readonly budget = 4 * 1024 * 1024,
  ) {
    this.versions = new BoundedMap(budget, (_key, v) => v.bytes.length + 8 * [...v.hits.values()].reduce((sum, l) => sum + l.length, 0));
  }

  /**
   * The gate's words in `data` (blob `sha`), given the blob it replaces at the same path, if any: every word's
   * offsets for ASCII bytes (read only: they are remembered), whether there may be one for other bytes.
   * `kind` names the gate's word list (the gate asks more of prose than of code): offsets hold for one list only.
   * The answer is the bytes' alone: a blob met again is answered from memory, whatever its new path, so
   * whether a rule reads every file at that path (`readsWhole`) is the caller's question.
   */
  words(sha: string, data: Buffer, replaces: string | undefined, look: WordLook, kind: string): Map<string, number[]> | boolean {
    // The old version stays: another branch may change it too (in express's history a quarter of the changes
    // are to a version already changed once). The budget forgets the least recent.
    const old = replaces === undefined ? undefined : this.versions.get(`${kind}:${replaces}`);
    const key = `${kind}:${sha}`;
    const ascii = isAscii(data);
    // The same blob met at another path (a copy, a branch's file added again): its words are known.
    const known = this.versions.get(key);
    if (known) return ascii ? known.hits : false;
    const edit = old && this.edit(old.bytes, data);
    if (ascii) {
      const hits = old && edit ? this.shifted(old, data, edit, look.hits(data.subarray(edit.from, edit.to))) : look.hits(data);
      this.remember(key, data, hits);
      return hits;
    }
    // A word the old version had in the common prefix or suffix is in this one too; any other is in the change.
    const any = old && edit ? this.shifted(old, data, edit, new Map()).size > 0 || (edit.from < edit.to && look.passes(data.subarray(edit.from, edit.to))) : look.passes(data);
    if (!any) this.remember(key, data, new Map());
    return any;
  }

  private edit(old: Buffer, data: Buffer): Edit {
    const prefix = commonPrefix(old, data);
    const suffix = commonSuffix(old, data, Math.min(old.length, data.length) - prefix);
    return { prefix, suffix, from: Math.max(0, prefix - this.reach), to: Math.min(data.length, data.length - suffix + this.reach) };
  }

  /**
   * The words of the new version: the old version's wholly inside the common prefix, then those `found` in
   * the searched bytes that reach into the change, then the old version's wholly inside the common suffix,
   * shifted. Each word's offsets stay in order. Offsets count bytes, which in ASCII are the word's characters.
   */
  private shifted(old: Version, data: Buffer, edit: Edit, found: Map<string, number[]>): Map<string, number[]> {
    const { prefix, suffix, from } = edit;
    const end = data.length - suffix;
    const oldEnd = old.bytes.length - suffix;
    const shift = data.length - old.bytes.length;
    const hits = new Map<string, number[]>();
    for (const word of new Set([...old.hits.keys(), ...found.keys()])) {
      const before = old.hits.get(word) ?? [];
      const list = before.filter((at) => at + word.length <= prefix);
      for (const at of found.get(word) ?? []) if (at + from + word.length > prefix && at + from < end) list.push(at + from);
      for (const at of before) if (at >= oldEnd) list.push(at + shift);
      if (list.length > 0) hits.set(word, list);
    }
    return hits;
  }

  private remember(key: string, data: Buffer, hits: Map<string, number[]>): void {
    if (data.length > this.budget / 4) return;
    // Bytes of their own, copied if need be: `data` may be a view into a larger piece of git's output, and a
    // small `Buffer.from` is a slice of a shared 8 KiB pool, which it would keep alive while the budget counts
    // its few bytes. Nothing writes to a blob's bytes once read.
    const owns = data.byteOffset === 0 && data.buffer.byteLength === data.length;
    const bytes = owns ? data : Buffer.allocUnsafeSlow(data.length);
    if (!owns) data.copy(bytes);
    this.versions.set(key, { bytes, hits });
  }
}
