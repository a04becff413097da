// The repository's own lint config. It lints itself with its own plugin (SPEC §7), as shipped: the bundle
// (`npm ci` builds it through `prepare`; run `npm run build` first in a fresh clone).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import secretHygiene from './dist/eslint-plugin.js';

export default tseslint.config(
  { ignores: ['dist/', 'bundle/', 'node_modules/', 'coverage/', 'fixtures/**', 'bench/out/', 'bench/eval/cases/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  secretHygiene.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.{js,mjs}', '.ci/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // CommonJS (bin/package.json), so that Node starts no ES module loader for the CLI.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
