/**
 * Edit distance with adjacent transpositions (optimal string alignment), so `scna` is one step from `scan`
 * and `--fromat` one from `--format`. Stops as soon as the answer exceeds `max`: a hostile argument of any
 * length costs at most `max` more than the candidate's length per row, and is usually rejected at once.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** The candidate closest to a mistyped word, when it is close enough to be the one meant (a third of its letters). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const max = Math.max(1, Math.floor(word.replace(/^-+/, '').length / 3));
  let found: string | undefined;
  let best = max + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate, max);
    if (d < best) [found, best] = [candidate, d];
  }
  return found;
}
