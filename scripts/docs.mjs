// `npm run docs`: rewrites the generated parts of the docs from the rule catalog (after a build):
// the rule table in README.md, the examples section of each docs/rules/<id>.md, and the config's JSON Schema.
// `node scripts/docs.mjs --check` writes nothing and exits 1 when a file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { RULES } from '../dist/rules/index.js';
import { replaceBlock, ruleExamples, ruleTable } from '../dist/src/cli/rule-docs.js';
import { CONFIG_SCHEMA_FILE, configSchema } from '../dist/src/config-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const updates = [
  { file: 'README.md', rewrite: (text) => replaceBlock(text, 'rules', ruleTable(RULES)) },
  ...RULES.map((rule) => ({ file: `docs/rules/${rule.id}.md`, rewrite: (text) => replaceBlock(text, 'examples', ruleExamples(rule)) })),
  { file: CONFIG_SCHEMA_FILE, rewrite: () => configSchema(RULES) },
];
let stale = 0;
for (const { file, rewrite } of updates) {
  const before = existsSync(`${root}${file}`) ? readFileSync(`${root}${file}`, 'utf8') : '';
  const after = rewrite(before);
  if (after === before) continue;
  stale++;
  if (check) process.stderr.write(`${file} is out of date: run npm run docs\n`);
  else {
    mkdirSync(dirname(`${root}${file}`), { recursive: true });
    writeFileSync(`${root}${file}`, after);
  }
}
if (check && stale > 0) process.exitCode = 1;
else process.stdout.write(check ? 'docs are up to date\n' : `rewrote ${stale} file(s)\n`);
