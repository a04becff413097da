import { PACKAGE } from '../meta.js';
import { rules } from './typed-rules.js';

// `import secretHygiene from 'secret-hygiene/eslint-plugin'` (SPEC §7): the same engine as the CLI,
// in the editor. Works with any ESTree parser: espree, @typescript-eslint/parser, vue-eslint-parser.

export type RuleName = 'no-embedded-credentials' | 'no-hardcoded-bearer' | 'no-api-connect-basic-auth';

// Type aliases, not interfaces: only these get the implicit index signature that ESLint's own `Plugin`
// and `Config` types expect. Rules are typed loosely in public (as typescript-eslint does for its own
// plugin), because ESLint 10's rule context type and @typescript-eslint/utils' differ.
/**
 * A node handler, whatever its node type. Declared as a method so that its parameters are checked
 * bivariantly: typed handlers (`(node: TSESTree.Literal) => void`) then fit it, and it fits ESLint's.
 */
type Handler = { handle(...nodes: unknown[]): void }['handle'];

/** A rule as both ESLint's own types and typescript-eslint's accept it. */
type PublicRule = {
  meta?: object;
  create(context: unknown): Record<string, Handler | undefined>;
};

export type Plugin = {
  meta: { name: string; version: string };
  rules: Record<RuleName, PublicRule>;
  configs: { recommended: RecommendedConfig };
};

/**
 * `configs.recommended`: a complete flat config with all three rules as errors. Its `plugins` entry is
 * the plugin itself, typed without `configs` (as typescript-eslint does) so that the type is not circular.
 */
export type RecommendedConfig = {
  name: string;
  plugins: { 'secret-hygiene': Omit<Plugin, 'configs'> };
  rules: Record<`secret-hygiene/${RuleName}`, 'error'>;
};

const plugin: Plugin = {
  meta: { name: `${PACKAGE.name}/eslint-plugin`, version: PACKAGE.version },
  rules,
  configs: {
    recommended: {
      name: 'secret-hygiene/recommended',
      plugins: {} as RecommendedConfig['plugins'],
      rules: {
        'secret-hygiene/no-embedded-credentials': 'error',
        'secret-hygiene/no-hardcoded-bearer': 'error',
        'secret-hygiene/no-api-connect-basic-auth': 'error',
      },
    },
  },
};

// The config refers to the plugin object itself, so that `configs.recommended` alone is a complete flat config.
plugin.configs.recommended.plugins['secret-hygiene'] = plugin;

export default plugin;
