import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import type { SecretHygieneDocs } from '../../src/eslint/create-rule.js';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

// RuleTester drives vitest: each valid and invalid case becomes one test.
RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

/** TypeScript and TSX, through @typescript-eslint/parser (the tester's default). */
export const tsTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

/** JavaScript and JSX, through espree, ESLint's own parser. */
export const jsTester = new RuleTester({
  languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
});

type TesterRule<M extends string, O extends readonly unknown[]> = Parameters<typeof tsTester.run<M, O>>[1];

/**
 * A rule as the tester types it. @typescript-eslint/rule-tester (8.72, the newest published) carries its own
 * copy of @typescript-eslint/utils, whose rule type differs from ours (8.73) only in private class fields.
 */
export function tested<M extends string, O extends readonly unknown[]>(rule: TSESLint.RuleModule<M, O, SecretHygieneDocs>): TesterRule<M, O> {
  return rule as unknown as TesterRule<M, O>;
}
