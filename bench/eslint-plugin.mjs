#!/usr/bin/env node
// The ESLint plugin's added cost on a real codebase: `eslint` with a base config, versus the same plus
// `configs.recommended`, side by side, alternating runs. Run by hand (see bench/README.md):
//
//   npm run build && node bench/eslint-plugin.mjs /path/to/codebase [runs]
//
// Nothing is written into the codebase: configs are given in memory, and ESLint's cache is off.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import js from '@eslint/js';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import secretHygiene from '../dist/src/eslint/plugin.js';

const [target, runsArg = '5'] = process.argv.slice(2);
if (!target) {
  console.error('usage: node bench/eslint-plugin.mjs CODEBASE [RUNS]');
  process.exit(2);
}
const cwd = path.resolve(target);
const runs = Number(runsArg);

// The codebase's sources; test fixtures are inputs, often deliberately broken, not code.
const PATTERNS = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const IGNORES = { ignores: ['**/node_modules/**', '**/fixtures/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js'] };

const BASE = [
  IGNORES,
  js.configs.recommended,
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.{ts,mts,cts,tsx}'] })),
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  // Measure the rules, not the codebase's own lint debt or unknown-rule comments.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];
const WITH_PLUGIN = [...BASE, secretHygiene.configs.recommended];

async function lint(config) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, cache: false, errorOnUnmatchedPattern: false, stats: true });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(PATTERNS);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  let pluginMs = 0;
  let rulesMs = 0;
  for (const r of results) {
    for (const pass of r.stats?.times.passes ?? []) {
      for (const [rule, t] of Object.entries(pass.rules ?? {})) {
        rulesMs += t.total;
        if (rule.startsWith('secret-hygiene/')) pluginMs += t.total;
      }
    }
  }
  const findings = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId?.startsWith('secret-hygiene/')).map((m) => `${path.relative(cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`),
  );
  const fatal = results.filter((r) => r.messages.some((m) => m.fatal)).length;
  const bytes = results.reduce((n, r) => n + statSync(r.filePath).size, 0);
  return { ms, cpuMs, pluginMs, rulesMs, files: results.length, fatal, findings, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// One warm-up of each (module loading, JIT), then alternate so that drift hits both alike.
await lint(BASE);
const warm = await lint(WITH_PLUGIN);
const base = [];
const plugin = [];
for (let i = 0; i < runs; i++) {
  base.push(await lint(BASE));
  plugin.push(await lint(WITH_PLUGIN));
}

const seconds = (ms) => (ms / 1000).toFixed(2);
const row = (label, key) => {
  const b = median(base.map((r) => r[key]));
  const p = median(plugin.map((r) => r[key]));
  console.log(`${label.padEnd(10)} base ${seconds(b)} s   base + recommended ${seconds(p)} s   added ${(((p - b) / b) * 100).toFixed(1)} %`);
  console.log(`${''.padEnd(10)} runs: base [${base.map((r) => seconds(r[key])).join(' ')}]  plugin [${plugin.map((r) => seconds(r[key])).join(' ')}]`);
  return b;
};
console.log(`codebase: ${cwd}`);
console.log(`files linted: ${warm.files} (${warm.fatal} with parse errors, ${(warm.bytes / 1e6).toFixed(1)} MB), ${runs} runs each, alternating, after one warm-up; medians`);
const b = row('wall', 'ms');
row('cpu', 'cpuMs');
const pluginRuleMs = median(plugin.map((r) => r.pluginMs));
console.log(`plugin rules' own time (ESLint stats): median ${pluginRuleMs.toFixed(0)} ms = ${((pluginRuleMs / b) * 100).toFixed(1)} % of the base run's wall time`);
console.log(`findings of the plugin: ${warm.findings.length}`);
for (const f of warm.findings.slice(0, 20)) console.log(`  ${f}`);
