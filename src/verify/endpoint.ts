import { isIP } from 'node:net';
import { ScanError } from '../errors.js';

export const DEFAULT_IAM_URL = 'https://iam.cloud.ibm.com';
export const IAM_URL_ENV = 'SECRET_HYGIENE_IAM_URL';

const TOKEN_PATH = '/identity/token';

/** localhost, 127.0.0.0/8 and ::1: the only hosts a key may be sent to in clear text (a local stand-in for IAM). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/**
 * The token endpoint for a base URL given by `--iam-url` or SECRET_HYGIENE_IAM_URL. Like IBM's SDKs, a base
 * that already ends in /identity/token is accepted as is. Anything that could send the key somewhere other
 * than where the user meant (clear text, credentials in the URL, a query) is a usage error, before any scan.
 */
export function tokenEndpoint(base: string, from: string): URL {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new ScanError('bad-usage', `${from} must be an absolute URL such as ${DEFAULT_IAM_URL} (got "${base}")`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ScanError('bad-usage', `${from} must use https: (plain http: is accepted for loopback hosts only; got ${url.protocol}//${url.host})`);
  }
  if (url.username || url.password) throw new ScanError('bad-usage', `${from} must not carry credentials`);
  if (url.search || url.hash) throw new ScanError('bad-usage', `${from} must not have a query or a fragment`);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith(TOKEN_PATH) ? path : `${path}${TOKEN_PATH}`;
  return url;
}

/** The endpoint a verify run uses: the flag, else the environment, else IBM's public endpoint. */
export function resolveEndpoint(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): URL {
  if (flag !== undefined) return tokenEndpoint(flag, '--iam-url');
  const fromEnv = env[IAM_URL_ENV];
  if (fromEnv) return tokenEndpoint(fromEnv, IAM_URL_ENV);
  return tokenEndpoint(DEFAULT_IAM_URL, 'the default IAM URL');
}
