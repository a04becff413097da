import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { starterConfig } from '../src/cli/commands/init.js';
import { parseConfig } from '../src/config.js';
import { CONFIG_SCHEMA_FILE, configSchema } from '../src/config-schema.js';

// The shipped JSON Schema of .secret-hygiene.json says what parseConfig says: the same files pass, the same fail.
const root = new URL('../', import.meta.url);
const shipped = readFileSync(new URL(CONFIG_SCHEMA_FILE, root), 'utf8');
const ajv = new Ajv({ allErrors: true, strict: true });
// JSON Schema's `regex` format is an ECMA-262 regular expression: exactly what parseConfig compiles.
ajv.addFormat('regex', (s: string) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
});
const validate = ajv.compile(JSON.parse(shipped) as object);
const schemaAccepts = (text: string): boolean => validate(JSON.parse(text));
const parserAccepts = (text: string): boolean => {
  try {
    parseConfig(text, 'test.json');
    return true;
  } catch {
    return false;
  }
};

describe('config JSON Schema', () => {
  it('is the file npm run docs writes from the catalog (a new or renamed rule id changes it)', () => {
    expect(shipped).toBe(configSchema(RULES));
    const ids = Object.keys((JSON.parse(shipped) as { properties: { rules: { properties: object } } }).properties.rules.properties);
    expect(ids.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('accepts the starter config and the repository’s own config', () => {
    const starter = starterConfig(`./node_modules/secret-hygiene/${CONFIG_SCHEMA_FILE}`);
    expect(schemaAccepts(starter), ajv.errorsText(validate.errors)).toBe(true);
    expect(parserAccepts(starter)).toBe(true);
    const own = readFileSync(new URL('.secret-hygiene.json', root), 'utf8');
    expect(schemaAccepts(own), ajv.errorsText(validate.errors)).toBe(true);
  });

  const accepted = [
    '{}',
    '{ "$schema": "./x.json", "ignore": ["dist/**"], "allow": ["^EXAMPLE_", "a\\\\Z"], "maxFileSize": 1 }',
    '{ "rules": { "jwt": "off", "bearer-token": "on" } }',
    ...['10MiB', '512k', ' 7 gb ', '1048576', '01', '3B', '2KiB'].map((size) => JSON.stringify({ maxFileSize: size })),
  ];
  it.each(accepted)('both accept %s', (text) => {
    expect(parserAccepts(text)).toBe(true);
    expect(schemaAccepts(text), ajv.errorsText(validate.errors)).toBe(true);
  });

  const rejected = [
    '[]',
    '"ignore"',
    '{ "ignores": [] }',
    '{ "ignore": "dist" }',
    '{ "ignore": [1] }',
    '{ "rules": [] }',
    '{ "rules": { "jwt": "disabled" } }',
    '{ "rules": { "jwt": false } }',
    '{ "rules": { "no-such-rule": "off" } }',
    '{ "allow": ["("] }',
    '{ "allow": "x" }',
    ...[0, -1, 1.5, '0', '0k', '10 MB!', '10TiB', 'big', '', true, null].map((size) => JSON.stringify({ maxFileSize: size })),
  ];
  it.each(rejected)('both reject %s', (text) => {
    expect(parserAccepts(text)).toBe(false);
    expect(schemaAccepts(text)).toBe(false);
  });
});
