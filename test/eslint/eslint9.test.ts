import { Linter } from 'eslint-v9';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import plugin from '../../src/eslint/plugin.js';

// The plugin claims ESLint 9 as well as 10 (its peer range): the recommended config under ESLint 9's own
// Linter, with espree and with @typescript-eslint/parser, reports the same rules at the same places.
const gen = createGen(909);
const key = gen.ibmKey();
const token = gen.base64url(40);
const code = [
  `const auth = new IamAuthenticator({ apikey: '${key}' });`,
  `fetch(url, { headers: { Authorization: 'Bearer ${token}' } });`,
  // secret-hygiene:allow -- test fixture: the Basic-auth pattern the rule reports, no credential
  "fetch('https://us.apiconnect.ibmcloud.com/v1/me', { headers: { Authorization: 'Basic ' + btoa(u + ':' + p) } });",
].join('\n');

describe('under ESLint 9', () => {
  const linter = new Linter({ configType: 'flat' });

  it.each([
    ['espree', {}],
    ['@typescript-eslint/parser', { languageOptions: { parser: tsParser } }],
  ])('reports the three rules with %s', (_name, parser) => {
    const messages = linter.verify(code, [{ files: ['**/*.ts'], ...parser }, plugin.configs.recommended], 'src/client.ts');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['secret-hygiene/no-embedded-credentials', 1],
      ['secret-hygiene/no-hardcoded-bearer', 2],
      ['secret-hygiene/no-api-connect-basic-auth', 3],
    ]);
    expect(messages[0]?.suggestions?.[0]?.fix.text).toContain('process.env.IBMCLOUD_API_KEY');
    expect(JSON.stringify(messages)).not.toContain(key);
  });

  it('honours eslint-disable comments', () => {
    const disabled = `/* eslint-disable secret-hygiene/no-embedded-credentials */\n${code}`;
    const messages = linter.verify(disabled, [plugin.configs.recommended], 'src/client.js');
    expect(messages.map((m) => m.ruleId)).not.toContain('secret-hygiene/no-embedded-credentials');
  });
});
