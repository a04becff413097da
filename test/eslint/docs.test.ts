import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import plugin from '../../src/eslint/plugin.js';
import { rules } from '../../src/eslint/typed-rules.js';
import { REPO } from './project.js';

// Every rule has a page in docs/rules/ named after it, with invalid and valid examples; and the examples
// are true: each invalid one is reported by its rule, no valid one is. Values the repository must not
// hold are written ‹like this› in the docs and generated here.
const gen = createGen(7301);
const MARKERS: Record<string, () => string> = {
  '‹an IBM Cloud API key›': () => gen.ibmKey(),
  '‹another IBM Cloud API key›': () => gen.ibmKey(),
  '‹a token›': () => gen.base64url(40),
  '‹a JWT›': () => gen.jwt({ sub: 'svc-42', iss: 'https://auth.example.org', exp: 4102444800 }),
};

interface Example {
  lang: string;
  code: string;
}

/** The fenced js/ts blocks of one `## heading` section. */
function examples(page: string, heading: string): Example[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/^```(js|ts)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? '',
    code: Object.entries(MARKERS).reduce((code, [marker, value]) => code.replaceAll(marker, value()), m[2] ?? ''),
  }));
}

const linter = new Linter({ configType: 'flat' });

function lint(name: string, { lang, code }: Example): Linter.LintMessage[] {
  return linter.verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      { plugins: { 'secret-hygiene': plugin }, rules: { [`secret-hygiene/${name}`]: 'error' } },
    ],
    { filename: `example.${lang}` },
  );
}

describe.each(Object.keys(rules))('docs/rules/%s.md', (name) => {
  const path = join(REPO, 'docs/rules', `${name}.md`);
  const page = existsSync(path) ? readFileSync(path, 'utf8') : '';

  it('exists, titled with the rule name', () => {
    expect(page.startsWith(`# secret-hygiene/${name}\n`), path).toBe(true);
  });

  it('documents every option', () => {
    const schema = rules[name as keyof typeof rules].meta.schema;
    const options = Object.keys((Array.isArray(schema) ? schema[0]?.properties : undefined) ?? {});
    const section = page.split(/^## /m).find((s) => s.startsWith('Options\n')) ?? '';
    for (const option of options) expect(section, option).toContain(`\`${option}\``);
  });

  it('has invalid examples, each reported by the rule', () => {
    const invalid = examples(page, 'Invalid');
    expect(invalid.length).toBeGreaterThan(0);
    for (const example of invalid) {
      expect(example.code).not.toContain('‹');
      const messages = lint(name, example);
      expect(messages.filter((m) => m.fatal), example.code).toEqual([]);
      expect(messages.length, example.code).toBeGreaterThan(0);
    }
  });

  it('has valid examples, none reported', () => {
    const valid = examples(page, 'Valid');
    expect(valid.length).toBeGreaterThan(0);
    for (const example of valid) expect(lint(name, example), example.code).toEqual([]);
  });
});
