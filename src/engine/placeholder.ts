// Placeholders and references people write where a secret would go.

const TEMPLATE = /\$\{|\$\(|\{\{|\(\(|<[A-Za-z_ -]+>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^@/;
const MASK = /x{4,}|X{4,}|\*{3,}|\.{3}|…|•{3,}|#{4,}|0{8,}/;
const WORDS =
  /(?:^|[^a-z])(?:your|my|the)[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass|apikey)|example|sample|placeholder|changeme|change[_-]me|replace[_-]?me|redacted|dummy|fake|insert[_-]|enter[_-]|todo|tbd|secret[_-]?here|key[_-]?here|token[_-]?here|not[_-]?a[_-]?real|lorem/i;

/** Why `value` is a placeholder or a reference rather than a secret, or undefined when it is neither. */
export function placeholderReason(value: string): string | undefined {
  if (TEMPLATE.test(value)) return 'template or variable reference';
  if (MASK.test(value)) return 'masked or elided value';
  if (WORDS.test(value)) return 'placeholder wording';
  if (/^\[.*\]$/.test(value)) return 'bracketed placeholder';
  return undefined;
}
