// Offsets to 1-based line and column, computed once per chunk and only when it has matches.
import { firstIndex } from './sorted.js';

export interface Position {
  line: number;
  column: number;
}

export class Locator {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    let i = this.text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = this.text.indexOf('\n', i + 1);
    }
    this.starts = starts;
    return starts;
  }

  /** Position of `offset`; columns count UTF-16 code units, as SARIF and ESLint do. */
  at(offset: number): Position {
    const starts = this.lineStarts();
    // The last line that starts at or before `offset` (the first line always does).
    const lo = Math.max(0, firstIndex(starts.length, (i) => (starts[i] as number) > offset) - 1);
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  /** The text of 1-based `line`, without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    const from = starts[line - 1];
    if (from === undefined) return '';
    const next = starts[line];
    return this.text.slice(from, next === undefined ? this.text.length : next - 1).replace(/\r$/, '');
  }
}
