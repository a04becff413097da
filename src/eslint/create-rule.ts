import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import { docsUrl } from '../meta.js';

/** What every rule of the plugin adds to `meta.docs`. */
export interface SecretHygieneDocs {
  /** In `configs.recommended`. */
  recommended: boolean;
}

/** Typed rules with a docs URL to their page in docs/rules/ (the same place as the CLI rule pages). */
export const createRule = RuleCreator<SecretHygieneDocs>((name) => docsUrl(name));
