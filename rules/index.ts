import type { Rule } from '../src/engine/rule.js';
import { apiConnectBasicAuth } from './api-connect-basic-auth.js';
import { bearerToken } from './bearer-token.js';
import { ibmApikeyFile } from './ibm-apikey-file.js';
import { ibmClassicApiKey } from './ibm-classic-api-key.js';
import { ibmCloudApiKey } from './ibm-cloud-api-key.js';
import { ibmCosHmac } from './ibm-cos-hmac.js';
import { ibmIamToken } from './ibm-iam-token.js';
import { jwt } from './jwt.js';

/**
 * The catalog, most specific first: where two rules match overlapping text,
 * the earlier one wins (an IBM token is not also reported as a JWT or a bearer token).
 */
export const RULES: readonly Rule[] = [
  ibmApikeyFile,
  ibmCloudApiKey,
  ibmClassicApiKey,
  ibmCosHmac,
  ibmIamToken,
  jwt,
  apiConnectBasicAuth,
  bearerToken,
];

export { createGen } from './gen.js';

