import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';

// The official SARIF 2.1.0 schema (see fixtures/sarif/README.md for where it comes from), compiled once.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
formats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `log`, one per line; empty when it is valid SARIF 2.1.0. */
export function sarifErrors(log: unknown): string {
  return validate(log) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}
