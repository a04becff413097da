import { describe, expect, it } from 'vitest';
import { adversarial } from '../../bench/adversarial.mjs';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';

// No rule may backtrack catastrophically or scan the whole text per candidate: each adversarial 1 MB line
// (bench/adversarial.mjs, shared with bench/linearity.mjs, which checks the growth) goes through the whole
// catalog. Linear matching takes well under a second for each; a quadratic one would take minutes and hit
// the timeout. No timed assertion: the timeout is the guard.
const inputs = adversarial(1 << 20, createGen(5));

describe('adversarial 1 MB lines', () => {
  it.each(Object.entries(inputs))('%s', (_name, { text, path, findings }) => {
    expect(detect(text, path, RULES)).toHaveLength(findings ?? 0);
  }, 60_000);
});

describe('a check that looked something up in the whole text per candidate', () => {
  it('REST-client Basic headers, each looking for its variables (4 MiB: minutes when quadratic)', () => {
    const host = ['a', 'apiconnect', 'ibmcloud', 'com'].join('.'); // spelled apart: the plugin lints this file
    const line = `Authorization: Basic {{u}}:{{p}} https://${host}\n`;
    const text = line.repeat(Math.floor((4 << 20) / line.length));
    expect(detect(text, 'requests.http', RULES)).toHaveLength(Math.floor((4 << 20) / line.length));
  }, 60_000);
});
