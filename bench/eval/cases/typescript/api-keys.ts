import { IamAuthenticator } from 'ibm-cloud-sdk-core';

type Env = 'dev' | 'test' | 'prod';

export const IBM_API_KEYS: Record<Env, string> = {
  dev: '{{ibmKey}}',
  test: '{{ibmKey}}',
  prod: process.env.IBMCLOUD_API_KEY ?? '',
};

interface ApiKeys {
  dev: string;
  staging: string;
}

export const apiKeys: ApiKeys = { dev: '{{ibmKey}}', staging: '{{ibmKey}}' };

export const BUCKETS: Record<Env, string> = {
  dev: 'orders-dev-donotdelete-pr-{{lower:14}}',
  test: 'orders-test-donotdelete-pr-{{lower:14}}',
  prod: 'orders-prod-donotdelete-pr-{{lower:14}}',
};

const apiKey: string = '{{ibmKey}}';
const fromEnv: string = process.env.IBMCLOUD_API_KEY ?? '';

export const auth = new IamAuthenticator({ apikey: apiKey });
export const authFromEnv = new IamAuthenticator({ apikey: fromEnv });
