// History meets the same (path, blob) pairs again and again (branches rebased or cherry-picked, merged back),
// and compares each version of a file with the one before: what it learned of them (the outcome of a pair,
// a keyword-free version) is kept within a byte budget that does not grow with the repository.

/** A map that keeps, within a byte budget, the entries most recently set; the oldest are forgotten first. */
export class BoundedMap<V> {
  private readonly entries = new Map<string, { value: V; cost: number }>();
  private held = 0;
  /**
   * The oldest entries, from where the last eviction stopped. A Map's iterator is live: it skips what was
   * deleted and reaches what was set after it was made. Iterating the map from its start at each eviction
   * instead walked again past the slots of the entries evicted before, which a Map keeps until it rehashes:
   * up to a budget's worth of them per set. 150,000 sets of history's pairs took 2.4 s that way, 0.4 s now.
   * Made at the first eviction: an iterator keeps every table the map outgrew since its last step alive, and
   * while the map fills, nothing steps it (50,000 entries held 7 MiB more that way).
   */
  private oldest: MapIterator<[string, { value: V; cost: number }]> | undefined;

  /** `cost`: what an entry weighs against the budget, in bytes. */
  constructor(
    private readonly budget: number,
    private readonly cost: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.held -= old.cost;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const cost = this.cost(key, value);
    this.entries.set(key, { value, cost });
    this.held += cost;
    while (this.held > this.budget) {
      // Every entry is ahead of it: it evicted each one it passed, and an entry set again moved to the end.
      const next = (this.oldest ??= this.entries.entries()).next();
      if (next.done) break;
      const [oldest, entry] = next.value;
      this.entries.delete(oldest);
      this.held -= entry.cost;
    }
  }
}
