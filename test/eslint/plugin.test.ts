import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/plugin.js';
import { rules } from '../../src/eslint/typed-rules.js';
import { docsUrl, PACKAGE } from '../../src/meta.js';
import { REPO } from './project.js';

// The plugin and its config fit ESLint's own types and typescript-eslint's (checked by `npm run typecheck`).
export const typed: [ESLint.Plugin, Linter.Config[], Linter.Config[], unknown] = [
  plugin,
  [plugin.configs.recommended],
  defineConfig([plugin.configs.recommended]),
  tseslint.config(plugin.configs.recommended),
];

/** Every `properties` entry of a JSON schema, at any depth. */
function properties(schema: unknown, at = '$'): Array<[string, Record<string, unknown>]> {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const own = Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>).map(
    ([name, s]) => [`${at}.${name}`, s] as [string, Record<string, unknown>],
  );
  const nested = Object.entries(node).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x, i) => properties(x, `${at}.${k}[${i}]`)) : properties(v, `${at}.${k}`)));
  return [...own, ...nested];
}

describe('the plugin object', () => {
  it('names itself after the package', () => {
    expect(plugin.meta).toEqual({ name: 'secret-hygiene/eslint-plugin', version: PACKAGE.version });
  });

  it('registers every rule in src/eslint/rules', () => {
    const files = readdirSync(join(REPO, 'src/eslint/rules')).map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(plugin.rules).sort()).toEqual(files.sort());
  });

  it('has a recommended flat config with every rule as an error', () => {
    const { recommended } = plugin.configs;
    expect(recommended.name).toBe('secret-hygiene/recommended');
    expect(recommended.plugins['secret-hygiene']).toBe(plugin);
    expect(recommended.rules).toEqual(Object.fromEntries(Object.keys(rules).map((name) => [`secret-hygiene/${name}`, 'error'])));
  });
});

describe.each(Object.entries(rules))('%s', (name, rule) => {
  it('is a documented problem rule', () => {
    expect(rule.meta.type).toBe('problem');
    expect(rule.meta.docs?.url).toBe(docsUrl(name));
    expect(rule.meta.docs?.description.length).toBeGreaterThan(20);
    expect(rule.meta.docs?.recommended).toBe(true);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('describes every option, and its defaults are valid options', () => {
    const schema = rule.meta.schema;
    const props = properties(schema);
    expect(props.length).toBeGreaterThan(0);
    for (const [path, s] of props) expect(typeof s.description, path).toBe('string');
    const validate = new Ajv({ strict: false }).compile({ type: 'array', items: schema });
    expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
  });
});
