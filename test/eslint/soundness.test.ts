import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG } from '../../src/config.js';
import { keywordGate } from '../../src/engine/gate.js';
import type { ExampleText } from '../../src/engine/rule.js';
import plugin from '../../src/eslint/plugin.js';
import { chunkFindings } from '../../src/pipeline/chunk.js';
import { renderTemplate } from '../rules/templates.js';

// The plugin must never miss what `scan` reports on the same text: one gate and one engine serve both. Every
// rule example and every format fixture is linted as a JS/TS file (as code when it is code, else inside a
// block comment, which the plugin scans as well) and scanned as that same file; every finding of the scan
// must be a report of the plugin at the same line and column. The keyword gate must pass every such text.
const gen = createGen(515);
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));
const fixtures = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

interface Sample {
  name: string;
  text: string;
  path: string;
}

const samples: Sample[] = [
  ...RULES.flatMap((rule) =>
    [...rule.examples.positive, ...rule.examples.negative].map((e, i) => ({ name: `${rule.id} example ${i}`, text: render(e.text), path: e.path ?? 'example.txt' })),
  ),
  ...readdirSync(fixtures)
    .filter((f) => f !== 'expected.json')
    .map((f) => ({ name: `fixture ${f}`, text: renderTemplate(readFileSync(`${fixtures}${f}`, 'utf8'), gen), path: f })),
];

const isCode = (path: string): boolean => /\.[cm]?[jt]sx?$/.test(path);
const linter = new Linter({ configType: 'flat' });
const config = [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } }, plugin.configs.recommended];

/** The sample as a JS/TS file the plugin can parse: its own code, or its text in a block comment. */
function asSource(sample: Sample): { text: string; path: string } | undefined {
  if (isCode(sample.path)) {
    const path = `src/${sample.path.replace(/^.*\//, '')}`;
    if (!linter.verify(sample.text, config, path).some((m) => m.fatal)) return { text: sample.text, path };
  }
  if (sample.text.includes('*/')) return undefined;
  return { text: `/*\n${sample.text}\n*/\n`, path: 'src/sample.js' };
}

describe('the plugin reports every finding scan reports on the same JS/TS text', () => {
  it.each(samples.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const source = asSource(sample);
    if (!source) return;
    const scan = chunkFindings({ origin: { kind: 'file', path: source.path }, text: source.text, bytes: source.text.length }, RULES, EMPTY_CONFIG);
    const found = [...scan.findings, ...scan.suppressed].filter((f) => !f.suppression).map((f) => `${f.line}:${f.column}`);
    const reported = linter.verify(source.text, config, source.path).map((m) => `${m.line}:${m.column}`);
    expect(found.filter((at) => !reported.includes(at)), source.text).toEqual([]);
  });
});

describe('the keyword gate passes every text in which detect() finds something', () => {
  const gate = keywordGate(RULES);
  it.each(samples.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const result = chunkFindings({ origin: { kind: 'file', path: sample.path }, text: sample.text, bytes: sample.text.length }, RULES, EMPTY_CONFIG);
    if (result.findings.length + result.suppressed.length === 0) return;
    expect(gate.passesText(sample.text, sample.path)).toBe(true);
    expect(gate.passes(Buffer.from(sample.text, 'utf8'), sample.path)).toBe(true);
    expect(gate.passes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample.text, 'utf16le')]), sample.path)).toBe(true);
  });
});
