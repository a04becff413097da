import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { decodeJwt, ibmTokenInfo, isIbmIssuer, signatureFits, signedWithPublicSecret } from '../../src/engine/jwt.js';

const part = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('decodeJwt', () => {
  it('needs three parts, JSON header with alg and JSON payload', () => {
    const gen = createGen(3);
    expect(decodeJwt(gen.jwt({ sub: 'a' }))?.payload).toEqual({ sub: 'a' });
    expect(decodeJwt(`${part({ typ: 'JWT' })}.${part({ sub: 'a' })}.sig`)).toBeUndefined();
    expect(decodeJwt(`${part({ alg: 'HS256' })}.bm90IGpzb24.sig`)).toBeUndefined();
    expect(decodeJwt(`${part({ alg: 'HS256' })}.${part({ sub: 'a' })}`)).toBeUndefined();
  });
});

describe('signatureFits', () => {
  it.each([
    ['HS256', 43, true],
    ['HS256', 342, false],
    ['RS256', 342, true],
    ['RS256', 683, true],
    ['RS256', 20, false],
    ['ES256', 86, true],
    ['ES512', 176, true],
    ['EdDSA', 86, true],
    ['XYZ', 16, true],
    ['XYZ', 8, false],
    ['HS256', 45, false],
  ] as const)('%s with %i characters: %s', (alg, length, fits) => {
    expect(signatureFits(alg, length)).toBe(fits);
  });
});

describe('signedWithPublicSecret', () => {
  const signed = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ some: 'payload' })}`;
  const sign = (secret: string): string => `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;

  it('recognises documentation secrets, not others', () => {
    expect(signedWithPublicSecret(sign('secret'), 'HS256')).toBe(true);
    expect(signedWithPublicSecret(sign('your-256-bit-secret'), 'HS256')).toBe(true);
    expect(signedWithPublicSecret(sign('a private one 8f2k'), 'HS256')).toBe(false);
    expect(signedWithPublicSecret(sign('secret'), 'RS256')).toBe(false);
  });
});

describe('IBM issuers and claims', () => {
  it.each([
    ['https://iam.cloud.ibm.com/identity', true],
    ['https://iam.test.cloud.ibm.com/identity', true],
    ['https://private.us-south.iam.cloud.ibm.com/identity', true],
    ['https://iam.bluemix.net/identity', true],
    ['https://iam.cloud.ibm.com.evil.example/identity', false],
    ['https://accounts.example.com', false],
  ])('%s: %s', (iss, ibm) => {
    expect(isIbmIssuer({ iss })).toBe(ibm);
  });

  it('reads account, identity and expiry offline', () => {
    const info = ibmTokenInfo(
      { iss: 'https://iam.cloud.ibm.com/identity', account: { bss: 'acct' }, iam_id: 'iam-ServiceId-1', sub_type: 'ServiceId', exp: 1000 },
      2_000_000,
    );
    expect(info).toEqual({
      issuer: 'https://iam.cloud.ibm.com/identity',
      account: 'acct',
      identity: 'iam-ServiceId-1',
      subType: 'ServiceId',
      expiresAt: '1970-01-01T00:16:40.000Z',
      expired: true,
    });
  });
});

describe("an alg named after an Object's own property", () => {
  it('is an unknown algorithm, and no check throws on it (a throw would end the scan with exit 2)', async () => {
    const { detect } = await import('../../src/engine/detect.js');
    const { RULES } = await import('../../rules/index.js');
    for (const alg of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(signatureFits(alg, 8)).toBe(false);
      const token = `${part({ alg })}.${part({ sub: 'x' })}.${'A'.repeat(40)}`;
      expect(signedWithPublicSecret(token, alg)).toBe(false);
      const failed: string[] = [];
      detect(`token = "${token}"\n`, 'a.py', RULES, { onReject: (r) => r.error && failed.push(`${r.ruleId}: ${r.reason}`) });
      expect(failed, alg).toEqual([]);
    }
  });
});
