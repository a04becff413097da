import { describe, expect, it } from 'vitest';
import { hasLine, intersectRanges, RangeBuilder } from '../../src/sources/line-ranges.js';

describe('line ranges', () => {
  it('merge adjacent lines and answer membership', () => {
    const b = new RangeBuilder();
    for (const line of [1, 2, 3, 7, 9, 10]) b.add(line);
    expect(b.ranges).toEqual([1, 4, 7, 8, 9, 11]);
    expect([0, 1, 3, 4, 7, 8, 10, 11].map((n) => hasLine(b.ranges, n))).toEqual([false, true, true, false, true, false, true, false]);
    expect(hasLine([], 1)).toBe(false);
  });

  it('intersect: the lines new against every parent of a merge', () => {
    expect(intersectRanges([1, 10, 20, 30], [5, 25])).toEqual([5, 10, 20, 25]);
    expect(intersectRanges([1, 3], [3, 5])).toEqual([]);
    expect(intersectRanges([1, 3, 5, 7], [1, 7])).toEqual([1, 3, 5, 7]);
  });
});
