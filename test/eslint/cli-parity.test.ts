import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import plugin from '../../src/eslint/plugin.js';
import type { Finding, RuleId } from '../../src/types.js';
import { REPO, tempProject, type Project } from './project.js';

// The CLI and the plugin run over the same JS/TS files and must report the same findings at the same
// positions. Lines marked `plugin-only` hold what only the AST sees (a Basic header in an object that a
// request far below it sends): the plugin reports those as well.
const g = createGen(7201);
const APIC = ['us', 'apiconnect', 'ibmcloud', 'com'].join('.');
const MANAGER = ['apimanager', 'example', 'com'].join('.');
const iamToken = g.jwt({ iam_id: 'iam-ServiceId-1', iss: 'https://iam.cloud.ibm.com/identity', exp: 4102444800, account: { bss: g.hex(32) } });

const FILES: Record<string, string> = {
  'src/auth.ts': `import { IamAuthenticator } from 'ibm-cloud-sdk-core';

export const auth = new IamAuthenticator({ apikey: '${g.ibmKey()}' });
const iamApiKey = '${g.ibmKey()}';
// ibmcloud login --apikey ${g.ibmKey()} -r us-south
export const fromEnv = new IamAuthenticator({ apikey: process.env.IBMCLOUD_API_KEY ?? '' });
export const placeholder = { apikey: '<API_KEY>' };
const nonce = '${g.ibmKey()}';
const session = '${g.jwt({ sub: 'svc-42', iss: 'https://auth.example.org', exp: 4102444800 })}';
const iam = \`${iamToken}\`;
export const cos = {
  access_key_id: '${g.hex(32)}',
  secret_access_key: '${g.hex(48)}',
};
const SL_API_KEY = '${g.hex(64)}';
const typed: { apiKey: string } = { apiKey: '${g.ibmKey()}' };
const apiKey: string = '${g.ibmKey()}';
export { iamApiKey, nonce, session, iam, SL_API_KEY, typed, apiKey };
`,
  'src/client.js': `const basicHeaders = { Authorization: 'Basic ' + btoa(u + ':' + p) }; // plugin-only
export async function me(token) {
  await fetch('https://api.example.com/v1/me', { headers: { Authorization: \`Bearer \${token}\` } });
  await fetch('https://api.example.com/v1/me', { headers: { Authorization: 'Bearer ${g.base64url(40)}' } });
  const xhr = new XMLHttpRequest();
  xhr.setRequestHeader('Authorization', 'Bearer ${g.base64url(36)}');
  // curl -H "Authorization: Bearer ${g.base64url(32)}" https://api.example.com/v1/me
}
const APIC = 'https://${APIC}';
export const catalogs = () => fetch(\`\${APIC}/v1/catalogs\`, { headers: { Authorization: 'Basic ${g.base64('admin:passw0rd')}' } });
export const orgs = () => axios.get(\`\${APIC}/v1/orgs\`, { auth: { username: user, password: pass } });
export const legacy = 'https://admin:s3cret@${MANAGER}/v1/orgs';
export const other = () => axios.get('https://api.example.com/x', { headers: { Authorization: 'Basic ' + btoa(u + ':' + p) } });
export const built = () => fetch(APIC + '/v1/me', { headers: { Authorization: 'Basic ' + btoa(u + ':' + p) } });
export const shared = () => fetch(APIC + '/v1/orgs', { headers: basicHeaders });
`,
  // Line breaks git does not count, which ESLint does (and so the CLI): a CR alone, U+2028, U+2029.
  'src/breaks.js': `// an old Mac line\rexport const k1 = { apikey: '${g.ibmKey()}' };\n/* a \u2028 b \u2029 c */ export const k2 = { apikey: '${g.ibmKey()}' };\n`,
  'src/clean.ts': `export const auth = { apikey: process.env.IBMCLOUD_API_KEY };
export const headers = (t: string) => ({ Authorization: \`Bearer \${t}\` });
export const sample = 'Authorization: Bearer <access_token>';
`,
};

/** The ESLint rule that reports each catalog rule's findings. */
const ESLINT_RULE: Partial<Record<RuleId, string>> = { 'bearer-token': 'no-hardcoded-bearer', 'api-connect-basic-auth': 'no-api-connect-basic-auth' };
const eslintRuleOf = (id: RuleId): string => ESLINT_RULE[id] ?? 'no-embedded-credentials';

let project: Project;
let cli: Finding[];
let fromPlugin: string[];
let pluginOnly: string[];

beforeAll(async () => {
  project = tempProject(FILES);
  const run = spawnSync(process.execPath, [join(REPO, 'bin/secret-hygiene.js'), 'scan', '--format', 'json', 'src'], { cwd: project.dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(1);
  cli = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
  const eslint = new ESLint({
    cwd: project.dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs.recommended],
  });
  const results = await eslint.lintFiles(['src']);
  fromPlugin = results.flatMap((r) =>
    r.messages.map((m) => `${relative(project.dir, r.filePath)}:${m.line}:${m.column} ${String(m.ruleId).replace('secret-hygiene/', '')}`),
  );
  pluginOnly = Object.entries(FILES).flatMap(([path, text]) =>
    text.split('\n').flatMap((line, i) => (line.endsWith('// plugin-only') ? [`${path}:${i + 1}:`] : [])),
  );
});
afterAll(() => project.remove());

describe('CLI and plugin on the same files', () => {
  it('the CLI finds every kind of credential the corpus holds', () => {
    expect(new Set(cli.map((f) => f.ruleId))).toEqual(
      new Set(['ibm-cloud-api-key', 'ibm-classic-api-key', 'ibm-cos-hmac', 'ibm-iam-token', 'jwt', 'bearer-token', 'api-connect-basic-auth']),
    );
  });

  it('the plugin reports what the CLI reports, at the same line and column', () => {
    const fromCli = cli.map((f) => `${f.path}:${f.line}:${f.column} ${eslintRuleOf(f.ruleId)}`);
    const shared = fromPlugin.filter((k) => !pluginOnly.some((p) => k.startsWith(p)));
    expect(shared.sort()).toEqual(fromCli.sort());
  });

  it('and, on lines only the AST understands, more', () => {
    for (const line of pluginOnly) {
      expect(fromPlugin.filter((k) => k.startsWith(line)), line).toHaveLength(1);
      expect(cli.filter((f) => `${f.path}:${f.line}:` === line), line).toHaveLength(0);
    }
  });
});
