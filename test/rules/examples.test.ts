import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';
import type { ExampleText } from '../../src/engine/rule.js';

// One test for the whole catalog: every rule's own positives must be found by that rule,
// and its negatives must not be, scanned through the full engine as the CLI does.
const gen = createGen();
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has positives and negatives, each negative with a reason', () => {
    expect(rule.examples.positive.length).toBeGreaterThan(0);
    expect(rule.examples.negative.length).toBeGreaterThan(0);
    for (const n of rule.examples.negative) expect(n.reason.length).toBeGreaterThan(3);
  });

  it.each(rule.examples.positive.map((e, i) => [i, e] as const))('positive %i', (_i, example) => {
    const text = render(example.text);
    const found = detect(text, example.path ?? 'example.txt', RULES).filter((m) => m.ruleId === rule.id);
    expect(found, text).toHaveLength(1);
  });

  it.each(rule.examples.negative.map((e, i) => [i, e] as const))('negative %i', (_i, example) => {
    const text = render(example.text);
    const found = detect(text, example.path ?? 'example.txt', RULES).filter((m) => m.ruleId === rule.id);
    expect(found, `${example.reason}\n${text}`).toHaveLength(0);
  });
});
