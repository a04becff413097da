// The rules with their full typescript-eslint types (options, message ids, docs): `secret-hygiene/eslint-plugin/rules`,
// for tests and tools that have typescript-eslint. The plugin object (plugin.ts) types its rules loosely, so that
// its own types hold for a project with ESLint alone.
import { noApiConnectBasicAuth } from './rules/no-api-connect-basic-auth.js';
import { noEmbeddedCredentials } from './rules/no-embedded-credentials.js';
import { noHardcodedBearer } from './rules/no-hardcoded-bearer.js';

export type { MessageIds as NoApiConnectBasicAuthMessageIds, Options as NoApiConnectBasicAuthOptions } from './rules/no-api-connect-basic-auth.js';
export type { MessageIds as NoEmbeddedCredentialsMessageIds, Options as NoEmbeddedCredentialsOptions } from './rules/no-embedded-credentials.js';
export type { MessageIds as NoHardcodedBearerMessageIds, Options as NoHardcodedBearerOptions } from './rules/no-hardcoded-bearer.js';
export type { SecretHygieneDocs } from './create-rule.js';

export const rules = {
  'no-embedded-credentials': noEmbeddedCredentials,
  'no-hardcoded-bearer': noHardcodedBearer,
  'no-api-connect-basic-auth': noApiConnectBasicAuth,
};
