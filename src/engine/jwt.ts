import type { TokenInfo } from '../types.js';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Header and payload of a compact JWS, when both decode to JSON objects and the header names an `alg`. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodePart(parts[0] as string);
  const payload = decodePart(parts[1] as string);
  if (!header || !payload || typeof header.alg !== 'string') return undefined;
  return { header, payload };
}

const IBM_ISSUERS = /^https:\/\/iam\.(?:cloud\.ibm\.com|test\.cloud\.ibm\.com|bluemix\.net|stage1\.bluemix\.net)\/identity\/?$/;

export function isIbmIssuer(payload: Record<string, unknown>): boolean {
  return typeof payload.iss === 'string' && IBM_ISSUERS.test(payload.iss);
}

/** Account, identity and expiry from an IBM IAM token's claims: offline, nothing sent anywhere. */
export function ibmTokenInfo(payload: Record<string, unknown>, now: number = Date.now()): TokenInfo {
  const info: TokenInfo = {};
  if (typeof payload.iss === 'string') info.issuer = payload.iss;
  const account = payload.account as { bss?: unknown } | undefined;
  if (account && typeof account.bss === 'string') info.account = account.bss;
  const identity = payload.iam_id ?? payload.sub;
  if (typeof identity === 'string') info.identity = identity;
  if (typeof payload.sub_type === 'string') info.subType = payload.sub_type;
  if (typeof payload.exp === 'number') {
    info.expiresAt = new Date(payload.exp * 1000).toISOString();
    info.expired = payload.exp * 1000 <= now;
  }
  return info;
}
