import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../rules/gen.js';
import { BoundedMap } from '../../src/sources/bounded-map.js';

/** What BoundedMap promises, kept the plain way: entries in the order last set, the oldest dropped first. */
class Model {
  readonly entries: Array<{ key: string; value: number; cost: number }> = [];
  constructor(private readonly budget: number) {}

  set(key: string, value: number, cost: number): void {
    this.delete(key);
    this.entries.push({ key, value, cost });
    while (this.entries.reduce((sum, e) => sum + e.cost, 0) > this.budget) this.entries.shift();
  }

  delete(key: string): void {
    const at = this.entries.findIndex((e) => e.key === key);
    if (at !== -1) this.entries.splice(at, 1);
  }
}

describe('BoundedMap', () => {
  it('keeps the entries most recently set within its budget, along any sequence of sets and deletes', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 20; round++) {
      const budget = 50 + Math.floor(random() * 200);
      const costs = new Map<string, number>();
      const map = new BoundedMap<number>(budget, (key) => costs.get(key) ?? 0);
      const model = new Model(budget);
      const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
      for (let step = 0; step < 2000; step++) {
        const key = keys[Math.floor(random() * keys.length)] as string;
        if (random() < 0.15) {
          map.delete(key);
          model.delete(key);
        } else {
          // Now and then an entry larger than the whole budget: it empties the map, itself included.
          const cost = random() < 0.01 ? budget + 1 : 1 + Math.floor(random() * 30);
          costs.set(key, cost);
          map.set(key, step);
          model.set(key, step, cost);
        }
        for (const k of keys) expect(map.get(k), `round ${round} step ${step} key ${k}`).toBe(model.entries.find((e) => e.key === k)?.value);
      }
    }
  });
});
