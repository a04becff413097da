// Inline suppression: a line holding one of these markers allows findings on it and on the next line
// (so the marker can sit on a comment line above). `gitleaks:allow` and detect-secrets' pragma are
// honoured so that teams can migrate without touching their files.
const MARKERS = /secret-hygiene:allow|gitleaks:allow|pragma:\s*allowlist\s+secret/;

/** Is a finding on `line` (1-based) allowed by a marker on it or on the line above? */
export function allowedByComment(line: number, lineText: (n: number) => string): boolean {
  return MARKERS.test(lineText(line)) || (line > 1 && MARKERS.test(lineText(line - 1)));
}
