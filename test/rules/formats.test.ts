import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import { renderTemplate } from './templates.js';

// Realistic files in the formats people commit, positives with their negatives beside them. Each is a
// template (fixtures/formats/*) whose key slots are filled from the seeded generator; expected.json says
// which lines hold a finding of which rule, and every other line must stay silent.
const dir = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Record<string, string[]>;
const files = readdirSync(dir).filter((f) => f !== 'expected.json').sort();

function renderFixture(file: string, seed: number): string {
  return renderTemplate(readFileSync(`${dir}${file}`, 'utf8'), createGen(seed));
}

describe('fixtures/formats', () => {
  it('states the expected findings of every fixture', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  // Three seeds: what is found must not depend on the luck of one set of generated keys.
  it.each(files.flatMap((f) => [7, 8, 9].map((seed) => [f, seed] as const)))('%s (seed %i): exactly the expected lines', (file, seed) => {
    const text = renderFixture(file, seed);
    const findings = chunkFindings({ origin: { kind: 'file', path: file }, text, bytes: text.length }, RULES, EMPTY_CONFIG).findings;
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(expected[file]);
  });
});
