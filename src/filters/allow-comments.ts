// Inline suppression: a line holding one of these markers allows findings on it and on the next line
// (so the marker can sit on a comment line above). `gitleaks:allow` and detect-secrets' pragma are
// honoured so that teams can migrate without touching their files.
const MARKERS = /secret-hygiene:allow|gitleaks:allow|pragma:\s*allowlist\s+secret/;
/** `secret-hygiene:allow -- why`: the reason runs to the end of the line (bounded: a line may be a megabyte). */
const REASON = /secret-hygiene:allow[ \t]*--[ \t]*([^\r\n]{1,200})/;

/** An inline allow: the marker's line, and the reason written after `--`, if any. */
export interface InlineAllow {
  line: number;
  reason?: string;
}

function markerOn(line: number, text: string): InlineAllow | undefined {
  if (!MARKERS.test(text)) return undefined;
  const reason = REASON.exec(text)?.[1]?.trim();
  return reason ? { line, reason } : { line };
}

/** The marker that allows a finding on `line` (1-based): on that line, else on the line above. */
export function inlineAllow(line: number, lineText: (n: number) => string): InlineAllow | undefined {
  return markerOn(line, lineText(line)) ?? (line > 1 ? markerOn(line - 1, lineText(line - 1)) : undefined);
}

/** Is a finding on `line` (1-based) allowed by a marker on it or on the line above? */
export function allowedByComment(line: number, lineText: (n: number) => string): boolean {
  return inlineAllow(line, lineText) !== undefined;
}
