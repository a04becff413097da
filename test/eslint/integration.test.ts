import { relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { tempProject, type Project } from './project.js';

// The plugin as an editor extension runs it: ESLint's own ESLint class, the project's eslint.config.js
// importing `secret-hygiene/eslint-plugin`, a mix of JS, TS and Vue files, and unsaved text.
const gen = createGen(7101);
const key = gen.ibmKey();
const typedKey = gen.ibmKey();
const vueKey = gen.ibmKey();
const templateKey = gen.ibmKey();
const token = gen.base64url(40);
const apic = ['api', 'eu-de', 'apiconnect', 'cloud', 'ibm', 'com'].join('.');
const secrets = [key, typedKey, vueKey, templateKey, token];

const CONFIG = `import secretHygiene from 'secret-hygiene/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.vue'], languageOptions: { parser: vueParser, parserOptions: { parser: tsParser } } },
  secretHygiene.configs.recommended,
];
`;

const FILES = {
  'eslint.config.js': CONFIG,
  'src/auth.ts': `import { IamAuthenticator } from 'ibm-cloud-sdk-core';\n\nexport const auth = new IamAuthenticator({ apikey: '${key}' });\nexport const apiKey: string = '${typedKey}';\n`,
  'src/client.js': `export function me(user, pass) {\n  return fetch('https://${apic}/v1/me', {\n    headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) },\n  });\n}\nexport const ping = () => fetch('/ping', { headers: { Authorization: 'Bearer ${token}' } });\n`,
  'src/clean.ts': `export const auth = { apikey: process.env.IBMCLOUD_API_KEY ?? '' };\nexport const h = (t: string) => ({ Authorization: \`Bearer \${t}\` });\n`,
  'src/suppressed.js': `// eslint-disable-next-line secret-hygiene/no-embedded-credentials -- rotated, kept for the migration test\nexport const apikey = '${key}';\n// secret-hygiene:allow -- test fixture\nexport const iamApiKey = '${key}';\n`,
  'src/Login.vue': `<template>\n  <LoginForm apikey="${templateKey}" />\n</template>\n\n<script setup lang="ts">\nconst iamApiKey: string = '${vueKey}';\n</script>\n`,
};

let project: Project;
let results: ESLint.LintResult[];
const messagesOf = (path: string) => {
  const result = results.find((r) => relative(project.dir, r.filePath) === path);
  if (!result) throw new Error(`no result for ${path}`);
  return result.messages;
};
const byFile = (path: string) => messagesOf(path).map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }));

beforeAll(async () => {
  project = tempProject(FILES, ['@typescript-eslint/parser', 'vue-eslint-parser']);
  results = await new ESLint({ cwd: project.dir }).lintFiles(['src']);
});
afterAll(() => project.remove());

describe('the plugin under ESLint with a flat config', () => {
  it('lints every file, with no parse errors', () => {
    expect(results.map((r) => relative(project.dir, r.filePath)).sort()).toEqual(
      ['src/Login.vue', 'src/auth.ts', 'src/clean.ts', 'src/client.js', 'src/suppressed.js'],
    );
    for (const r of results) expect(r.messages.filter((m) => m.fatal), r.filePath).toEqual([]);
  });

  it('reports keys in TypeScript, including one only the AST gives context to', () => {
    expect(byFile('src/auth.ts')).toEqual([
      { ruleId: 'secret-hygiene/no-embedded-credentials', line: 3, column: 53 },
      { ruleId: 'secret-hygiene/no-embedded-credentials', line: 4, column: 32 },
    ]);
  });

  it('reports Basic auth to API Connect and a literal bearer token in JavaScript', () => {
    expect(byFile('src/client.js')).toEqual([
      { ruleId: 'secret-hygiene/no-api-connect-basic-auth', line: 3, column: 32 },
      { ruleId: 'secret-hygiene/no-hardcoded-bearer', line: 6, column: 78 },
    ]);
  });

  it('reports keys in a Vue template and its TypeScript script block', () => {
    expect(byFile('src/Login.vue')).toEqual([
      { ruleId: 'secret-hygiene/no-embedded-credentials', line: 2, column: 22 },
      { ruleId: 'secret-hygiene/no-embedded-credentials', line: 6, column: 28 },
    ]);
  });

  it('stays silent on environment references and variables', () => {
    expect(byFile('src/clean.ts')).toEqual([]);
  });

  it('honours eslint-disable and secret-hygiene:allow comments', () => {
    expect(byFile('src/suppressed.js')).toEqual([]);
  });

  it('never puts a secret in a message', () => {
    const text = JSON.stringify(results.map((r) => r.messages));
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain(`${key.slice(0, 4)}…(44 chars)`);
  });

  it('offers the environment as a suggestion, never as an autofix', async () => {
    const fixed = await new ESLint({ cwd: project.dir, fix: true }).lintFiles(['src/auth.ts']);
    expect(fixed[0]?.output).toBeUndefined();
    const [first] = messagesOf('src/auth.ts');
    expect(first?.suggestions?.map((s) => s.fix.text)).toEqual(["process.env.IBMCLOUD_API_KEY ?? ''"]);
  });

  it('lints unsaved text, as an editor sends it', async () => {
    const [result] = await new ESLint({ cwd: project.dir }).lintText(`const iamApiKey: string = '${key}';\n`, { filePath: 'src/new.ts' });
    expect(result?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['secret-hygiene/no-embedded-credentials', 1, 28]]);
  });
});
