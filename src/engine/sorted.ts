// One binary search for every sorted list the engine and the rules look things up in (keyword offsets,
// kept matches, hosts, definitions, line starts, line ranges).

/**
 * The first index in `[0, length)` at which `reached` holds, or `length` when it holds nowhere. `reached` must
 * be false up to some index and true from there on, as "this item is at or after the offset" is in a sorted list.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
