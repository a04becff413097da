// The JSON Schema of `.secret-hygiene.json`, for editors (completion, validation on typing). Pure: built from
// the rule catalog, written to schema/secret-hygiene.schema.json by `npm run docs`, and a test fails when the
// file drifts from the catalog or accepts what `parseConfig` rejects.
import type { Rule } from './engine/rule.js';
import { docsUrl } from './meta.js';

export const CONFIG_SCHEMA_FILE = 'schema/secret-hygiene.schema.json';

// `sizeInBytes` in config.ts: digits (not all zeros), an optional unit (b, k, kb, kib, m, ... in any case),
// surrounding white space ignored. JSON Schema patterns have no flags, so the case is spelled out.
const SIZE_PATTERN = '^\\s*0*[1-9][0-9]*\\s*([bB]|[kKmMgG]([bB]|[iI][bB])?)?\\s*$';

/** The schema as a JSON text (two-space indent, final newline), the bytes of the shipped file. */
export function configSchema(rules: readonly Rule[]): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'secret-hygiene configuration (.secret-hygiene.json)',
    description: 'Configuration of secret-hygiene, the linter for IBM Cloud credentials. Every field is optional.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'Where editors find this schema. secret-hygiene ignores it.' },
      ignore: {
        description:
          'Paths not to scan, each glob meaning what the same line means in a .gitignore at the root: a leading `/` anchors to the root, a glob with no `/` matches a name at any depth, a trailing `/` matches directories only, `*` and `?` stay within one directory, `**` spans any number, `[a-z]` and `[!a]` are classes, `{a,b}` is literal; dotfiles included. A directory that matches is not entered. A `!` negation and backslashes are refused.',
        type: 'array',
        items: { type: 'string' },
        examples: [['dist/**', 'vendor', '**/*.min.js']],
      },
      rules: {
        description: 'Turn rules off ("off") or leave them on ("on"). Every rule is on by default.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          rules.map((r) => [r.id, { description: `${r.title} (${docsUrl(r.id)})`, enum: ['off', 'on'] }]),
        ),
      },
      allow: {
        description: 'Regular expressions (JavaScript syntax without backreferences or lookaround, matched by RE2 in linear time): a finding is allowed when one of them matches the secret or the line it is on.',
        type: 'array',
        items: { type: 'string', format: 'regex' },
        examples: [['^EXAMPLE_', 'sandbox-account-do-not-use']],
      },
      maxFileSize: {
        description: 'Text larger than this is scanned in overlapping segments of this size (at least 1MiB), in bounded memory; nothing is skipped for size. A number of bytes, or a size such as "10MiB" or "512k". The --max-file-size flag wins.',
        oneOf: [
          { type: 'integer', minimum: 1 },
          { type: 'string', pattern: SIZE_PATTERN },
        ],
        examples: ['10MiB', '512k', 1048576],
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
