// History meets the same (path, blob) pairs again and again (branches rebased or cherry-picked, merged back):
// what it learned of them is kept within a byte budget that does not grow with the repository.

/** A map that keeps, within a byte budget, the entries most recently set; the oldest are forgotten first. */
export class BoundedMap<V> {
  private readonly entries = new Map<string, { value: V; cost: number }>();
  private held = 0;

  /** `cost`: what an entry weighs against the budget, in bytes. */
  constructor(
    private readonly budget: number,
    private readonly cost: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.held -= old.cost;
    }
    const cost = this.cost(key, value);
    this.entries.set(key, { value, cost });
    this.held += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.budget) break;
      this.entries.delete(oldest);
      this.held -= entry.cost;
    }
  }
}
