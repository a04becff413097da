#!/usr/bin/env node
// Linear growth on adversarial input: every input of bench/adversarial.mjs through the CLI's per-chunk step
// (detect, then the line filters) and every code input through the ESLint plugin's request rules, at 1 MiB
// and at 4 MiB. Four times the input may cost at most six times the time; anything worse is super-linear.
//
//   npm run build && node bench/linearity.mjs [--runs 3] [--only NAME]
//
// Prints each input's median times and ratio, and exits 1 when a ratio is over the bound.
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import { adversarial, adversarialCode } from './adversarial.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { RULES, createGen } = await import(path.join(repo, 'dist/rules/index.js'));
const { chunkFindings } = await import(path.join(repo, 'dist/src/pipeline/chunk.js'));
const { EMPTY_CONFIG } = await import(path.join(repo, 'dist/src/config.js'));
const plugin = (await import(path.join(repo, 'dist/src/eslint/plugin.js'))).default;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const runs = Number(values.runs);
const SMALL = 1 << 20;
const LARGE = 4 << 20;
const BOUND = 6;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(work) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

const linter = new Linter({ configType: 'flat' });
const eslintConfig = [
  plugin.configs.recommended,
  { rules: { 'secret-hygiene/no-embedded-credentials': 'off' } },
];

/** Each case: a name and a function of the size that does the work once. */
const cases = [];
for (const name of Object.keys(adversarial(SMALL, createGen(5)))) {
  const at = (size) => {
    const { text, path: file } = adversarial(size, createGen(5))[name];
    const chunk = { origin: { kind: 'file', path: file }, text, bytes: text.length };
    return () => chunkFindings(chunk, RULES, EMPTY_CONFIG);
  };
  cases.push({ name: `scan: ${name}`, at });
}
for (const name of Object.keys(adversarialCode(SMALL, createGen(5)))) {
  const at = (size) => {
    const code = adversarialCode(size, createGen(5))[name];
    return () => linter.verify(code, eslintConfig, 'src/adversarial.js');
  };
  cases.push({ name: `eslint: ${name}`, at });
}

let over = 0;
console.log(`${'input'.padEnd(64)} ${'1 MiB ms'.padStart(9)} ${'4 MiB ms'.padStart(9)} ${'ratio'.padStart(6)}`);
for (const c of cases.filter((x) => !values.only || x.name.includes(values.only))) {
  const small = time(c.at(SMALL));
  const large = time(c.at(LARGE));
  // Below a few milliseconds the ratio is noise: the bound applies to work that takes time.
  const ratio = large / Math.max(small, 5);
  const bad = ratio > BOUND;
  if (bad) over++;
  console.log(`${c.name.slice(0, 64).padEnd(64)} ${small.toFixed(0).padStart(9)} ${large.toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(6)}${bad ? '  OVER' : ''}`);
}
console.log(over ? `\n${over} input(s) grow faster than ${BOUND}x for 4x the input` : `\nall inputs within ${BOUND}x for 4x the input`);
process.exitCode = over ? 1 : 0;
