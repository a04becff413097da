// History meets the same (path, blob) pairs again and again (branches rebased or cherry-picked, merged back),
// and compares each version of a file with the one before: what it learned of them (the outcome of a pair,
// a keyword-free version) is kept within a byte budget that does not grow with the repository.

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
    for (const [oldest, entry] of this.entries) {
      if (this.held <= this.budget) break;
      this.entries.delete(oldest);
      this.held -= entry.cost;
    }
  }
}
