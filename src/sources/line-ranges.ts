// The lines a change adds, as ranges: a staged file of 17 million new lines is one range, not a set of
// 17 million numbers (which no Set can hold), so memory follows the number of hunks, not of lines.
import { firstIndex } from '../engine/sorted.js';
import type { LineRanges } from '../types.js';

/** Adds lines in ascending order, merging each into the range it extends. */
export class RangeBuilder {
  readonly ranges: number[] = [];

  /** Adds `[from, to)`; `from` is at or after the end of the last range added. */
  add(from: number, to = from + 1): void {
    if (to <= from) return;
    const last = this.ranges.length - 1;
    if (last > 0 && this.ranges[last] === from) this.ranges[last] = to;
    else this.ranges.push(from, to);
  }
}

/** Is `line` in one of the ranges? Binary search. */
export function hasLine(ranges: LineRanges, line: number): boolean {
  const count = ranges.length / 2;
  const lo = firstIndex(count, (i) => (ranges[2 * i + 1] as number) > line);
  return lo < count && (ranges[2 * lo] as number) <= line;
}

/** The lines in both `a` and `b`: a merge's resolution adds only what is new against every parent. */
export function intersectRanges(a: LineRanges, b: LineRanges): number[] {
  const out = new RangeBuilder();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const from = Math.max(a[i] as number, b[j] as number);
    const to = Math.min(a[i + 1] as number, b[j + 1] as number);
    out.add(from, to);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out.ranges;
}
