// Runs of one character class, found without a regex. A key-shaped pattern (44 characters of base64url
// between boundaries) matches only where such a run starts, and runs that long are rare in real text:
// finding them first, then trying the pattern at each, is one linear pass over the text, where the
// pattern alone would be tried at every offset near every keyword.

/**
 * What every match of a rule's pattern starts: a maximal run of `chars` (a regex character class body of
 * ASCII characters, such as `A-Za-z0-9_-`) of `min` to `max` characters. It holds when the pattern is that
 * class with those bounds between lookarounds that allow none of the class's characters on either side.
 */
export interface Run {
  chars: string;
  min: number;
  max: number;
}

const tables = new Map<string, Uint8Array>();

/**
 * The class as a table of UTF-16 code units: 1 for an (ASCII) character of the class. A table of all 65,536
 * makes each test one load, with no range check: the loops below spend their time on it.
 */
function table(chars: string): Uint8Array {
  let t = tables.get(chars);
  if (!t) {
    const member = new RegExp(`^[${chars}]$`);
    t = new Uint8Array(65536);
    for (let c = 0; c < 128; c++) t[c] = member.test(String.fromCharCode(c)) ? 1 : 0;
    tables.set(chars, t);
  }
  return t;
}

/**
 * The start of every maximal run of `run.chars` in `text` whose length is within `[run.min, run.max]` and
 * that starts within one of `ranges` (half-open, sorted, disjoint; the whole text by default), in order.
 * Every such run holds one of the offsets `from + min - 1`, `from + 2·min - 1`, …: only those are probed,
 * and a probe that lands in a run walks it to its ends. A run walked is never walked again (the next probe
 * is past it, in this range or the next), so the text is read about once whatever the ranges.
 */
export function runStarts(text: string, run: Run, ranges: ReadonlyArray<readonly [number, number]> = [[0, text.length]]): number[] {
  const inClass = table(run.chars);
  const { min, max } = run;
  const n = text.length;
  const starts: number[] = [];
  // The end of the last run walked: the next run starts after it, so one of length `min` holds `walked + min`.
  let walked = -1;
  // A run of the right length walked from one range but starting after it: the range it starts in reports it.
  let ahead = -1;
  for (const [from, to] of ranges) {
    if (ahead !== -1 && ahead < to) {
      if (ahead >= from) starts.push(ahead);
      ahead = -1;
    }
    // A run that starts before `to` holds a probe before `to + min - 1`.
    const last = Math.min(n, to + min - 1);
    let probe = Math.max(from + min - 1, walked + min);
    while (probe < last) {
      if (inClass[text.charCodeAt(probe)] !== 1) {
        probe += min;
        continue;
      }
      let start = probe;
      while (start > 0 && inClass[text.charCodeAt(start - 1)] === 1) start--;
      let end = probe + 1;
      while (end < n && inClass[text.charCodeAt(end)] === 1) end++;
      const length = end - start;
      if (length >= min && length <= max && start >= from) {
        if (start < to) starts.push(start);
        else ahead = start;
      }
      walked = end;
      probe = end + min;
    }
  }
  return starts;
}
