// History re-reads every version of a file. Most versions hold no keyword, and a new version differs
// from the one before by a few lines: when the old version held no keyword, a keyword in the new one
// must touch the bytes that changed, so only those (and a keyword's length around them) need a look.
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

/**
 * Remembers, within a byte budget, the latest keyword-free version of recently changed files, and answers the keyword test for
 * a new version of one of them by looking only at the changed bytes widened by `reach` (the longest
 * keyword's length less one) on each side. Exact: any keyword wholly inside the common prefix or
 * suffix was also in the old version, which had none.
 */
export class KeywordMemo {
  private readonly clean: BoundedMap<Buffer>;

  constructor(
    private readonly reach: number,
    private readonly budget = 4 * 1024 * 1024,
  ) {
    this.clean = new BoundedMap(budget, (_key, bytes) => bytes.length);
  }

  /**
   * The keyword test `mayMatch` for `data` (blob `sha`), given the blob it replaces at the same path, if any.
   * `kind` names the test (the gate asks more of prose than of code): a version is clean for one test only.
   */
  test(sha: string, data: Buffer, replaces: string | undefined, mayMatch: (bytes: Buffer) => boolean, kind: string): boolean {
    const key = `${kind}:${sha}`;
    const oldKey = replaces === undefined ? undefined : `${kind}:${replaces}`;
    const old = oldKey === undefined ? undefined : this.clean.get(oldKey);
    let hit: boolean;
    if (old && oldKey !== undefined) {
      // Replaced at its path: the new version is what the next change there will be compared with.
      this.clean.delete(oldKey);
      const prefix = commonPrefix(old, data);
      const suffix = commonSuffix(old, data, Math.min(old.length, data.length) - prefix);
      const from = Math.max(0, prefix - this.reach);
      const to = Math.min(data.length, data.length - suffix + this.reach);
      hit = from < to && mayMatch(data.subarray(from, to));
    } else {
      hit = mayMatch(data);
    }
    if (!hit) this.remember(key, data);
    return hit;
  }

  private remember(key: string, data: Buffer): void {
    if (data.length > this.budget / 4 || this.clean.has(key)) return;
    // A copy of its own: `data` may be a view into a larger piece of git's output, and a small `Buffer.from`
    // is a slice of a shared 8 KiB pool, which it would keep alive while the budget counts its few bytes.
    const own = Buffer.allocUnsafeSlow(data.length);
    data.copy(own);
    this.clean.set(key, own);
  }
}
