import type { TSESLint } from '@typescript-eslint/utils';
import { PACKAGE } from '../meta.js';
import { noApiConnectBasicAuth } from './rules/no-api-connect-basic-auth.js';
import { noEmbeddedCredentials } from './rules/no-embedded-credentials.js';
import { noHardcodedBearer } from './rules/no-hardcoded-bearer.js';

// `import secretHygiene from 'secret-hygiene/eslint-plugin'` (SPEC §7): the same engine as the CLI,
// in the editor. Works with any ESTree parser: espree, @typescript-eslint/parser, vue-eslint-parser.

const rules = {
  'no-embedded-credentials': noEmbeddedCredentials,
  'no-hardcoded-bearer': noHardcodedBearer,
  'no-api-connect-basic-auth': noApiConnectBasicAuth,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

export type RuleName = keyof typeof rules;

const recommendedRules = Object.fromEntries(
  Object.keys(rules).map((name) => [`secret-hygiene/${name}`, 'error']),
) as Record<`secret-hygiene/${RuleName}`, 'error'>;

interface Plugin extends TSESLint.FlatConfig.Plugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: { recommended: TSESLint.FlatConfig.Config };
}

const plugin: Plugin = {
  meta: { name: `${PACKAGE.name}/eslint-plugin`, version: PACKAGE.version },
  rules,
  configs: { recommended: {} },
};

// The config refers to the plugin object itself, so that `configs.recommended` alone is a complete flat config.
plugin.configs.recommended = {
  name: 'secret-hygiene/recommended',
  plugins: { 'secret-hygiene': plugin },
  rules: recommendedRules,
};

export { rules };
export default plugin;
