import { describe, expect, it } from 'vitest';
import { Fifo } from '../../src/sources/fifo.js';

describe('Fifo', () => {
  it('gives items back in the order they came, across the points where it drops spent slots', () => {
    const fifo = new Fifo<number>();
    const expected: number[] = [];
    let next = 0;
    // Pushes run ahead of shifts by a varying margin, so the queue empties and compacts many times.
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 97 * (round % 7); i++) fifo.push(next++);
      for (let i = 0; i < 80 * (round % 5) && fifo.length > 0; i++) expected.push(fifo.shift() as number);
    }
    while (fifo.length > 0) expected.push(fifo.shift() as number);
    expect(expected).toEqual(Array.from({ length: next }, (_, i) => i));
    expect(fifo.shift()).toBeUndefined();
  });

  it('drains what is left, oldest first', () => {
    const fifo = new Fifo<string>();
    for (const item of ['a', 'b', 'c', 'd']) fifo.push(item);
    fifo.shift();
    expect(fifo.drain()).toEqual(['b', 'c', 'd']);
    expect(fifo.length).toBe(0);
  });

  it('shifts a queue of a million in linear time (Array.prototype.shift is quadratic here)', () => {
    // No timed assertion: a quadratic queue takes minutes and hits the test's timeout.
    const fifo = new Fifo<number>();
    for (let i = 0; i < 1_000_000; i++) fifo.push(i);
    let sum = 0;
    while (fifo.length > 0) sum += fifo.shift() as number;
    expect(sum).toBe((1_000_000 * 999_999) / 2);
  }, 20_000);
});
