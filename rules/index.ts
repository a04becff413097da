import type { Rule } from '../src/engine/rule.js';
import { apiConnectBasicAuth } from './api-connect-basic-auth.js';
import { apiConnectClientSecret } from './api-connect-client-secret.js';
import { bearerToken } from './bearer-token.js';
import { ibmApikeyFile } from './ibm-apikey-file.js';
import { ibmClassicApiKey } from './ibm-classic-api-key.js';
import { ibmCloudApiKey } from './ibm-cloud-api-key.js';
import { ibmCosHmac } from './ibm-cos-hmac.js';
import { ibmIamToken } from './ibm-iam-token.js';
import { jwt } from './jwt.js';

/**
 * The catalog, most specific first: where two rules match overlapping text, the earlier one wins (an IBM
 * token is not also reported as a JWT or a bearer token). It is the single source of every rule fact:
 * rule ids, the keyword gate, verifiability, SARIF metadata and the docs all derive from it.
 */
const CATALOG = [
  ibmApikeyFile,
  ibmCloudApiKey,
  ibmClassicApiKey,
  ibmCosHmac,
  ibmIamToken,
  jwt,
  apiConnectClientSecret,
  apiConnectBasicAuth,
  bearerToken,
] as const satisfies readonly Rule[];

/** Every rule id, derived from the catalog. */
export type RuleId = (typeof CATALOG)[number]['id'];

export const RULES: ReadonlyArray<Rule<RuleId>> = CATALOG;

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export { createGen } from './gen.js';
