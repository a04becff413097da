// Placeholders and references people write where a secret would go.

const TEMPLATE = /\$\{|\$\(|\{\{|\(\(|<[A-Za-z_ -]+>|^\$[A-Za-z_]|^%[A-Za-z_]+%$|^@/;
// Four x's only as a whole piece (`xxxx-xxxx`); five anywhere. A random key holds five x's once in 25 million.
const MASK = /x{5,}|X{5,}|[xX]{7,}|(?:^|[^A-Za-z0-9])(?:x{4}|X{4})(?:$|[^A-Za-z0-9])|\*{3,}|\.{3}|…|•{3,}|#{4,}|0{8,}/;
/** `abcdef`, `123456`, `ABCDEF`: six characters counting up, which a random key holds about once in 30 million. */
const COUNTING = /abcdef|bcdefg|cdefgh|defghi|efghij|fghijk|ghijkl|hijklm|ijklmn|jklmno|klmnop|lmnopq|mnopqr|nopqrs|opqrst|pqrstu|qrstuv|rstuvw|stuvwx|tuvwxy|uvwxyz|012345|123456|234567|345678|456789/i;
// Long words may stand anywhere; short ones only as whole words (between `_`, `-`, `.`, blanks or the ends),
// since a random 44-character key holds a given 4-letter word about once in 25,000 keys.
// Phrases start a value or follow a separator: `YOUR_API_KEY`, `<enter-key>`, never mid-way in a random key.
const LONG_WORDS =
  /(?:^|[^A-Za-z0-9])(?:(?:your|my|the)[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass|apikey)|insert[_-]|enter[_-])|example|sample|placeholder|changeme|change[_-]me|replace[_-]?me|redacted|secret[_-]?here|key[_-]?here|token[_-]?here|not[_-]?a[_-]?real/i;
const SHORT_WORDS = /(?:^|[_\-.\s])(?:dummy|fake|todo|lorem|test)(?:$|[_\-.\s])/i;

/** Why `value` is a placeholder or a reference rather than a secret, or undefined when it is neither. */
export function placeholderReason(value: string): string | undefined {
  if (TEMPLATE.test(value)) return 'template or variable reference';
  if (MASK.test(value)) return 'masked or elided value';
  if (COUNTING.test(value)) return 'a counting run (abcdef, 123456)';
  if (LONG_WORDS.test(value) || SHORT_WORDS.test(value)) return 'placeholder wording';
  if (/^\[.*\]$/.test(value)) return 'bracketed placeholder';
  return undefined;
}
