// Text generated from the catalog: the README's rule table and the examples section of each rule's doc page.
// Pure: `npm run docs` (scripts/docs.mjs) writes it, and a test fails when the files drift from it.
import type { Example, Gen, Rule } from '../engine/rule.js';

/** The markers around a generated block: `<!-- name:start -->` … `<!-- name:end -->`. */
function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** `text` with the block `name` replaced by `body`; throws when the block is missing. */
export function replaceBlock(text: string, name: string, body: string): string {
  const [start, end] = markers(name);
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`no ${start} … ${end} block`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

/** The README's table: one row per rule, linked to its page. */
export function ruleTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.title} | ${r.severity} |`);
  return ['| Rule | What it finds | Severity |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * A generator that draws visible placeholders instead of random values, so that a page shows
 * `IBMCLOUD_API_KEY=<api-key>` and holds nothing key-shaped.
 */
export const DOC_GEN: Gen = {
  ibmKey: () => '<api-key>',
  hex: (length) => `<${length} hex digits>`,
  base64url: (length) => `<${length} random characters>`,
  base64: (text) => `<base64 of ${text}>`,
  jwt: (payload, header, signature) =>
    `<JWT with ${header ? `header ${JSON.stringify(header)}, ` : ''}payload ${JSON.stringify(payload)}${signature ? ` and signature ${signature}` : ''}>`,
};

/**
 * An example as one line of inline code (`\n` shown as such), with where it is scanned and why. The line
 * carries an allow marker: the examples show what the rules report (and, flattened onto one line, a negative
 * can read differently), so they stay out of this repository's own scan.
 */
function exampleLine(example: Example): string {
  const text = typeof example.text === 'string' ? example.text : example.text(DOC_GEN);
  const shown = text.replace(/\n$/, '').replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
  const fence = shown.includes('`') ? '``' : '`';
  const where = example.path ? ` (in \`${example.path}\`)` : '';
  const why = example.reason ? `: ${example.reason}` : '';
  return `- ${fence} ${shown} ${fence}${where}${why} <!-- secret-hygiene:allow -- catalog example -->`;
}

/** The examples section of a rule's page: its catalog examples, found and not found. */
export function ruleExamples(rule: Rule): string {
  return [
    'Reported:',
    '',
    ...rule.examples.positive.map(exampleLine),
    '',
    'Not reported:',
    '',
    ...rule.examples.negative.map(exampleLine),
  ].join('\n');
}
