import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { replaceBlock, ruleExamples, ruleTable } from '../../src/cli/rule-docs.js';
import { RULE_IDS } from '../../rules/index.js';

// Every rule id has its page, and the generated parts (README table, examples sections) match the catalog:
// after a change to the catalog, `npm run docs` rewrites them.
const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string): string => readFileSync(`${root}${file}`, 'utf8');

describe('rule docs', () => {
  it('the catalog has exactly the rule ids of the SPEC', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULE_IDS)('docs/rules/%s.md has its title and sections', (id) => {
    const page = read(`docs/rules/${id}.md`);
    expect(page.startsWith(`# \`${id}\`: `)).toBe(true);
    for (const section of ['## What it finds', '## Why it matters', '## How to fix', '## Examples']) expect(page).toContain(section);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('docs/rules/%s.md shows the catalog examples (npm run docs)', (id, rule) => {
    const page = read(`docs/rules/${id}.md`);
    expect(page).toBe(replaceBlock(page, 'examples', ruleExamples(rule)));
  });

  it('the README rule table is the catalog (npm run docs)', () => {
    const readme = read('README.md');
    expect(readme).toBe(replaceBlock(readme, 'rules', ruleTable(RULES)));
  });

  it('replaceBlock needs both markers', () => {
    expect(() => replaceBlock('no markers here', 'rules', 'x')).toThrow('<!-- rules:start -->');
    expect(replaceBlock('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')).toBe('a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb');
  });
});
