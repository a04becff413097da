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

/**
 * Strings in code-unit order, as `<` orders them: what is written in this order (a baseline, a report) is
 * the same on every machine, where `localeCompare` follows the machine's locale (`å` before `z` in one,
 * after it in another).
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
