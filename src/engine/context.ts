// The name a value is assigned to, read from the text just before it. This is how one rule
// understands `apikey = "…"`, `{"apikey": "…"}`, `apikey: …`, `--apikey …`, `IAMAuthenticator('…')`,
// `os.environ["IC_API_KEY"] = "…"`, `API_KEY ?= …`, `const apiKey: string = "…"` and JSON-escaped notebook
// cells alike, without a regex per format. Every look is bounded, so a 1 MB line costs no more per
// candidate than a short one.

/** Characters that may stand between a name and its value (`?=` and `+=` are Makefile assignments). */
const GAP = new Set([' ', '\t', '\r', '\n', '"', "'", '`', '\\', '=', ':', ',', '(', '[', ']', '>', '|', '*', '?', '+']);
const NAME = /[A-Za-z0-9_.$@-]/;
const MAX_GAP = 40;
const MAX_NAME = 80;

/**
 * Names that only hold a value for another name: a line or two above (`- name: X` / `value: …`, Terraform
 * `default = …`), or the object they sit in (`apiKeys = { dev: '…', prod: '…' }`, keys by environment).
 */
const HOLDERS = new Set([
  'default', 'value', 'val', 'stringvalue', 'secretvalue', 'defaultvalue', 'literal', 'parametervalue',
  'dev', 'development', 'test', 'testing', 'qa', 'stage', 'staging', 'prod', 'production', 'live', 'local', 'sandbox', 'preprod',
]);
/** Words that name a type, not a binding: `apiKey: string = …`, `var apiKey string = …`, `API_KEY: &str = …`. */
const TYPE_WORDS = new Set(['string', 'str', 'char', 'text', 'secret', 'secretstring', 'securestring', 'option', 'optional', 'record', 'map']);
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

/** The name ending just before `start` after a gap, and where it starts; `at` is -1 when there is none. */
function nameEndingAt(text: string, start: number): { name: string; at: number } {
  let i = start - 1;
  let gap = 0;
  for (;;) {
    while (i >= 0 && GAP.has(text[i] as string) && gap < MAX_GAP) {
      i--;
      gap++;
    }
    // A YAML block scalar's header (`|-`, `>+`, `|2-`): its chomping and indentation marks are gap, not a name.
    let mark = i;
    while (mark >= 0 && i - mark < 2 && /[-+1-9]/.test(text[mark] as string)) mark--;
    if (mark === i || mark < 0 || (text[mark] !== '|' && text[mark] !== '>') || gap + (i - mark) >= MAX_GAP) break;
    gap += i - mark;
    i = mark;
  }
  const end = i + 1;
  while (i >= 0 && end - i <= MAX_NAME && NAME.test(text[i] as string)) i--;
  // A YAML anchor or tag between a key and its value (`api_key: &key …`, `apikey: !!str …`) names neither.
  if (end > i + 1 && (text[i] === '&' || text[i] === '!')) {
    let mark = i;
    while (mark >= 0 && text[mark] === '!') mark--;
    if (mark === i) mark--; // the `&`
    if (/[ \t]/.test(text[mark] ?? '') && /:[ \t]+$/.test(text.slice(Math.max(0, mark - MAX_GAP), mark + 1))) return nameEndingAt(text, mark + 1);
  }
  const raw = text.slice(i + 1, end);
  const name = raw.replace(/^[-$@.]+/, '');
  return { name, at: name ? end - name.length : -1 };
}

/** Calls that make a value of a type whose name says what the value is: `TokenApiKeyRequest::new("…")`. */
const FACTORY = /^(?:new|of|from|create|build|init|with)$/i;

/**
 * The name as people mean it: "API key: …" in prose and tables is both words; a Rust or C++ factory
 * (`ApiKey::new(…)`) is named by its type.
 */
function withApi(found: { name: string; at: number }, text: string): string {
  const { name, at } = found;
  if (/^key$/i.test(name) && /api $/i.test(text.slice(Math.max(0, at - 4), at))) return `${text.slice(at - 4, at - 1)} ${name}`;
  if (FACTORY.test(name) && text.slice(Math.max(0, at - 2), at) === '::') return nameEndingAt(text, at - 2).name || name;
  return name;
}

/** The identifier that ends `text` just before `start` (leading `-`, `$`, `@`, `.` removed), or ''. */
export function nameBefore(text: string, start: number): string {
  return withApi(nameEndingAt(text, start), text);
}

/** How many type annotations a binding name may hide behind (`Record<Env, string>`: two). */
const MAX_TYPE_HOPS = 3;

/**
 * The name a value at `start` is bound to, looking past a type annotation: `const apiKey: string = …`
 * (TS, Kotlin, Swift), `API_KEY: &str = …` (Rust), `var apiKey string = …` (Go),
 * `API_KEYS: Record<Env, string> = {`. A type stands between a binding and `=`; a YAML `a: B: v` has no `=`.
 */
export function bindingName(text: string, start: number): string {
  const first = nameEndingAt(text, start);
  if (first.at <= 0 || !text.slice(first.at + first.name.length, start).includes('=')) return withApi(first, text);
  let found = first;
  for (let hop = 0; hop < MAX_TYPE_HOPS; hop++) {
    const before = text.slice(Math.max(0, found.at - 40), found.at);
    const generic = /<[^<>\n]{0,40}$/.exec(before);
    if (generic) {
      // Inside a generic's arguments: the type is the name before `<`.
      found = nameEndingAt(text, found.at - (before.length - generic.index));
      continue;
    }
    // A type is a type word or CamelCase (`String`, `Record`); an ALL_CAPS name after `$env:` is a variable.
    const typeLike = TYPE_WORDS.has(found.name.toLowerCase()) || /^[A-Z][a-z]/.test(found.name);
    const colon = /:[ \t]*(?:&(?:'[a-z]+[ \t]+)?)?$/.exec(before);
    if (colon && typeLike) return nameEndingAt(text, found.at - (before.length - colon.index)).name || first.name;
    // `var apiKey string`: Go writes the type after the name, with a blank between.
    if (TYPE_WORDS.has(found.name.toLowerCase()) && /[A-Za-z0-9_][ \t]+$/.test(before)) return nameEndingAt(text, found.at).name || first.name;
    break;
  }
  return first.name;
}

/** Where the innermost bracket (`{`, `[`, `(`) still open at `index` sits, looking back at most `max` characters; -1 when none. */
export function openBracket(text: string, index: number, max: number): number {
  let depth = 0;
  for (let i = index - 1; i >= Math.max(0, index - max); i--) {
    const c = text[i];
    if (c === '}' || c === ']' || c === ')') depth++;
    else if (c === '{' || c === '[' || c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** How far back a statement may open: a call or object literal spread over a few lines. */
const STATEMENT_REACH = 600;
const STATEMENT_LINES = 8;

/**
 * The statement holding `[start, end)`: its line, the lines `\`-continued into it (a curl command), and
 * back to the line that opened the call or object it sits in (`ibm_boto3.client("s3",\n  ibm_api_key_id=…`).
 */
export function statementRange(text: string, start: number, end: number): [number, number] {
  let [from, to] = linesAround(text, start, end, 0, STATEMENT_REACH);
  const open = openBracket(text, start, STATEMENT_REACH);
  if (open >= 0 && open < from) from = lineStart(text, open, STATEMENT_REACH);
  for (let n = 0; n < STATEMENT_LINES && from > 1 && /\\\r?$/.test(text.slice(Math.max(0, from - 3), from - 1)); n++) {
    from = lineStart(text, from - 1, STATEMENT_REACH);
  }
  for (let n = 0; n < STATEMENT_LINES && to < text.length && /\\\r?$/.test(text.slice(Math.max(0, to - 2), to)); n++) {
    to = lineEnd(text, to + 1, STATEMENT_REACH);
  }
  return [from, to];
}

/** A name given in a naming position: `name: X`, `"key": "X"`, `variable "X"`, `ParameterKey: X`, `<name>X</name>`. */
const NAMING = /(?:^|[^A-Za-z0-9_])(?:name|key|variable|parameterkey|param|parameter)["'>]?[ \t]*[:=]?[ \t]*["']?([A-Za-z0-9_.-]{2,})/gi;

/** The lines just above `start` (not its own), without a line cut by the look-back's bound: half a name is not a name. */
function linesAbove(text: string, start: number): string[] {
  const from = Math.max(0, start - HOLDER_LOOKBACK);
  let before = text.slice(from, lineStart(text, start, HOLDER_LOOKBACK));
  if (from > 0 && text[from - 1] !== '\n') before = before.slice(before.indexOf('\n') + 1);
  return before.split('\n').slice(-HOLDER_LINES - 1, -1);
}

/** The nearest name given in a naming position a few lines above a holder, or on its own line before it. */
function namedAbove(text: string, start: number): string | undefined {
  const above = `${linesAbove(text, start).join('\n')}\n${lineBefore(text, start, HOLDER_LOOKBACK)}`;
  let named: string | undefined;
  for (const m of above.matchAll(NAMING)) named = m[1];
  return named;
}

/** The identifiers of the nearest line above that is indented less: the YAML or HCL parent. */
function parentNames(text: string, start: number): string[] {
  const lines = linesAbove(text, start);
  const indent = (line: string): number => /^[ \t-]*/.exec(line)?.[0].length ?? 0;
  const own = indent(lineBefore(text, start, HOLDER_LOOKBACK));
  for (let n = lines.length - 1; n >= 0; n--) {
    const line = lines[n] as string;
    if (line.trim() !== '' && indent(line) < own) return line.match(/[A-Za-z0-9_.-]{3,}/g) ?? [];
  }
  return [];
}

/**
 * The names that give a value at `start` its meaning: the name it is bound to, and when that name is a
 * mere holder (`value`, `default`, `prod`), the name it holds the value for: one given in a naming position
 * above, else the name of the object it sits in, else its YAML or HCL parent.
 */
export function contextNames(text: string, start: number): string[] {
  const name = bindingName(text, start);
  if (!HOLDERS.has(name.toLowerCase())) return name ? [name] : [];
  const named = namedAbove(text, start);
  if (named) return [named];
  const enclosing = enclosingNames(text, start);
  return enclosing.length === 1 && HOLDERS.has((enclosing[0] as string).toLowerCase()) ? parentNames(text, start) : enclosing;
}

/** The names of what a value at `start` sits in: the object it is a member of, else its YAML or HCL parent. */
export function enclosingNames(text: string, start: number): string[] {
  const open = openBracket(text, start, HOLDER_LOOKBACK);
  const parent = open >= 0 && text[open] === '{' ? bindingName(text, open) : '';
  return parent ? [parent] : parentNames(text, start);
}

/** Is the value at `start` a reference (`$NAME`, `%NAME%`, `{NAME}`, `@NAME`) rather than a value? A text's first character is none. */
export function isReference(text: string, start: number): boolean {
  return start > 0 && '$%{@'.includes(text[start - 1] as string);
}
