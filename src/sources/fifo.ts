// A queue whose `shift` costs the same however long it is. `Array.prototype.shift` moves every element
// left once an array is large: history queues a commit's every entry, and a commit that adds 200,000 files
// took 56 s to drain (quadratic), against well under a second this way.

export class Fifo<T> {
  private items: Array<T | undefined> = [];
  /** Index of the oldest item; the slots before it are spent. */
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined; // the queue no longer holds it
    // Spent slots are dropped once they are half the array: each item is moved at most once more on average.
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && 2 * this.head >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Every item, oldest first, leaving the queue empty. */
  drain(): T[] {
    const all = this.items.slice(this.head) as T[];
    this.items = [];
    this.head = 0;
    return all;
  }
}
