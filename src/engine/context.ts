// The name a value is assigned to, read from the text just before it. This is how one rule
// understands `apikey = "…"`, `{"apikey": "…"}`, `apikey: …`, `--apikey …`, `IAMAuthenticator('…')`,
// `os.environ["IC_API_KEY"] = "…"` and JSON-escaped notebook cells alike, without a regex per format.

/** Characters that may stand between a name and its value. */
const GAP = new Set([' ', '\t', '\r', '\n', '"', "'", '`', '\\', '=', ':', ',', '(', '[', ']', '>', '|']);
const NAME = /[A-Za-z0-9_.$@-]/;
const MAX_GAP = 40;
const MAX_NAME = 80;

/** Names that only hold a value; the real name is a line or two above (`- name: X` / `value: …`, Terraform `default = …`). */
const HOLDERS = new Set(['default', 'value', 'val', 'stringvalue', 'secretvalue', 'defaultvalue', 'literal']);
const HOLDER_LOOKBACK = 240;

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
  return text.slice(i + 1, end).replace(/^[-$@.]+/, '');
}

/**
 * The names that give a value at `start` its meaning: the name right before it, and when that
 * name is a mere holder (`value`, `default`), the identifiers of the few lines above.
 */
export function contextNames(text: string, start: number): string[] {
  const name = nameBefore(text, start);
  if (!HOLDERS.has(name.toLowerCase())) return name ? [name] : [];
  const above = text.slice(Math.max(0, start - HOLDER_LOOKBACK), start);
  return above.match(/[A-Za-z0-9_.-]{3,}/g) ?? [];
}

/** The character right before `start`, where `$`, `%` or `{` mark a reference, not a value. */
export function charBefore(text: string, start: number): string {
  return start > 0 ? (text[start - 1] as string) : '';
}
