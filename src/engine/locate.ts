// Offsets to 1-based line and column, computed once per chunk and only when it has matches.
import { firstIndex } from './sorted.js';

/**
 * A line break as ESLint counts one (and JavaScript): CRLF, LF, a CR alone (old Mac files), U+2028 and
 * U+2029, so that the plugin and the CLI give the same lines. Counting LF only made a file of CR-ended lines
 * one line, and an allow comment or pattern on its first line judged all of it.
 */
export const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/g;
const ENDS_WITH_LINE_BREAK = new RegExp(`(?:${LINE_BREAK.source})$`);

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
    for (const m of this.text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
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
    return this.text.slice(from, next === undefined ? this.text.length : next).replace(ENDS_WITH_LINE_BREAK, '');
  }
}
