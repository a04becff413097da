// The name a value is assigned to, read from the text just before it. This is how one rule
// understands `apikey = "…"`, `{"apikey": "…"}`, `apikey: …`, `--apikey …`, `IAMAuthenticator('…')`,
// `os.environ["IC_API_KEY"] = "…"` and JSON-escaped notebook cells alike, without a regex per format.
// Every look is bounded, so a 1 MB line costs no more per candidate than a short one.

/** Characters that may stand between a name and its value. */
const GAP = new Set([' ', '\t', '\r', '\n', '"', "'", '`', '\\', '=', ':', ',', '(', '[', ']', '>', '|', '*']);
const NAME = /[A-Za-z0-9_.$@-]/;
const MAX_GAP = 40;
const MAX_NAME = 80;

/** Names that only hold a value; the real name is a line or two above (`- name: X` / `value: …`, Terraform `default = …`). */
const HOLDERS = new Set(['default', 'value', 'val', 'stringvalue', 'secretvalue', 'defaultvalue', 'literal', 'parametervalue']);
const HOLDER_LOOKBACK = 320;
const HOLDER_LINES = 6;

/** How far before a value any of these functions look: rules that window their search must reach this far. */
export const CONTEXT_REACH = HOLDER_LOOKBACK + MAX_GAP + MAX_NAME;

/** Where the line holding `index` starts, looking back at most `max` characters. */
export function lineStart(text: string, index: number, max: number): number {
  const floor = Math.max(0, index - max);
  return floor + text.slice(floor, index).lastIndexOf('\n') + 1;
}

/** Where the line holding `index` ends (its `\n`, or the text's end), looking ahead at most `max` characters. */
export function lineEnd(text: string, index: number, max: number): number {
  const ceiling = Math.min(text.length, index + max);
  const at = text.slice(index, ceiling).indexOf('\n');
  return at === -1 ? ceiling : index + at;
}

/**
 * The range `[from, to)` of the lines holding `[start, end)` and `lines` lines on each side of them,
 * reaching at most `max` characters each way.
 */
export function linesAround(text: string, start: number, end: number, lines: number, max: number): [number, number] {
  const floor = Math.max(0, start - max);
  const before = text.slice(floor, start);
  let from = before.length;
  for (let n = 0; n <= lines && from > 0; n++) from = before.lastIndexOf('\n', from - 1);
  const after = text.slice(end, Math.min(text.length, end + max));
  let to = -1;
  for (let n = 0; n <= lines; n++) {
    const next = after.indexOf('\n', to + 1);
    if (next === -1) {
      to = after.length;
      break;
    }
    to = next;
  }
  return [floor + Math.max(0, from + 1), end + to];
}

/** The text of the same line before `index`, at most `max` characters of it. */
export function lineBefore(text: string, index: number, max: number): string {
  return text.slice(lineStart(text, index, max), index);
}

/** The identifier that ends `text` just before `start` (leading `-`, `$`, `@`, `.` removed), or ''. */
export function nameBefore(text: string, start: number): string {
  let i = start - 1;
  let gap = 0;
  while (i >= 0 && GAP.has(text[i] as string) && gap < MAX_GAP) {
    i--;
    gap++;
  }
  const end = i + 1;
  while (i >= 0 && end - i <= MAX_NAME && NAME.test(text[i] as string)) i--;
  const name = text.slice(i + 1, end).replace(/^[-$@.]+/, '');
  // Prose and tables say "API key: …" with a space.
  if (/^key$/i.test(name) && /api $/i.test(text.slice(Math.max(0, i - 3), i + 1))) return `${text.slice(i - 3, i)} ${name}`;
  return name;
}

/** A name given in a naming position: `name: X`, `"key": "X"`, `variable "X"`, `ParameterKey: X`. */
const NAMING = /(?:^|[^A-Za-z0-9_])(?:name|key|variable|parameterkey|param|parameter)["']?[ \t]*[:=]?[ \t]*["']?([A-Za-z0-9_.-]{2,})/gi;

/**
 * The name a holder (`value`, `default`) stands for: the nearest name given in a naming position a few
 * lines above, else the identifiers of the nearest line above that is indented less (the YAML or HCL parent).
 */
function holderNames(text: string, start: number): string[] {
  const from = Math.max(0, start - HOLDER_LOOKBACK);
  let before = text.slice(from, lineStart(text, start, HOLDER_LOOKBACK));
  // A line cut by the look-back's bound is not read: half a name is not a name.
  if (from > 0 && text[from - 1] !== '\n') before = before.slice(before.indexOf('\n') + 1);
  const lines = before.split('\n').slice(-HOLDER_LINES - 1, -1);
  const above = lines.join('\n') + '\n' + lineBefore(text, start, HOLDER_LOOKBACK);
  let named: string | undefined;
  for (const m of above.matchAll(NAMING)) named = m[1];
  if (named) return [named];
  const indent = (line: string): number => /^[ \t-]*/.exec(line)?.[0].length ?? 0;
  const own = indent(lineBefore(text, start, HOLDER_LOOKBACK));
  for (let n = lines.length - 1; n >= 0; n--) {
    const line = lines[n] as string;
    if (line.trim() !== '' && indent(line) < own) return line.match(/[A-Za-z0-9_.-]{3,}/g) ?? [];
  }
  return [];
}

/**
 * The names that give a value at `start` its meaning: the name right before it, and when that
 * name is a mere holder (`value`, `default`), the name it holds the value for.
 */
export function contextNames(text: string, start: number): string[] {
  const name = nameBefore(text, start);
  if (!HOLDERS.has(name.toLowerCase())) return name ? [name] : [];
  return holderNames(text, start);
}

/** The character right before `start`, where `$`, `%` or `{` mark a reference, not a value. */
export function charBefore(text: string, start: number): string {
  return start > 0 ? (text[start - 1] as string) : '';
}
