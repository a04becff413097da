import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { isIdentifierShaped, isPeriodic, isSequential, isWordShaped, randomShape, segments, shannon } from '../../src/engine/entropy.js';
import { placeholderReason } from '../../src/engine/placeholder.js';

// The shape checks must let real keys through: a real IBM key is 33 random bytes in base64url.
// `SHAPE_SAMPLES=1000000 npx vitest run test/engine/entropy.test.ts` rejects none of a million; 20,000 keep the suite fast.
const SAMPLES = Number(process.env.SHAPE_SAMPLES ?? 20_000);

describe('random keys pass', () => {
  const gen = createGen(424242);

  it(`${SAMPLES} IBM-shaped keys: none is taken for a placeholder or a non-random string`, () => {
    const rejected: string[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const key = gen.ibmKey();
      const why = placeholderReason(key) ?? (randomShape(key, 3.6).ok ? undefined : 'shape');
      if (why) rejected.push(`${key}: ${why}`);
    }
    expect(rejected).toEqual([]);
  });

  it('5,000 hex tokens of 32 to 64 digits: none is sequential', () => {
    const sequential = Array.from({ length: 5_000 }, (_, i) => gen.hex(32 + (i % 33))).filter(isSequential);
    expect(sequential).toEqual([]);
  });
});

describe('non-random shapes are rejected', () => {
  it.each([
    ['ConstructionCode_NON_CLF_Service_Create_Desc', 'made of words'],
    ['IbmCloudApiKeyForTheProductionAccountNumber1', 'made of words'],
    ['IBMCLOUD_API_KEY_FOR_THE_PRODUCTION_ACCOUNT', 'single-case'],
    ['getIbmCloudApiKeyFromEnvironmentOrThrowError', 'made of words'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqr', 'sequential'],
    ['AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQr', 'sequential'],
    ['a1b2c3d4e5f6g7h8i9j0A1B2C3D4E5F6G7H8I9J0k1l2', 'sequential'],
    ['xK9-xK9-xK9-xK9-xK9-xK9-xK9-xK9-xK9-xK9-xK9-', 'repeated pattern'],
    ['q7RzT2wLp0vNs4hJ8kYbXwq7RzT2wLp0vNs4hJ8kYbXw', 'repeated pattern'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'single-case'],
    ['Xy7Kp2Mq9Zw4AAAAAAAAv8Rt3Ln6Bc1Hd5Fg0Js2Xy7K', 'long run'],
  ])('%s: %s', (value, reason) => {
    const verdict = randomShape(value, 3.6);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });
});

describe('helpers', () => {
  it('segments split identifiers into words', () => {
    expect(segments('IBMCloud_apiKey2')).toEqual(['IBM', 'Cloud', 'api', 'Key', '2']);
    expect(segments('XMLHttpRequest')).toEqual(['XML', 'Http', 'Request']);
  });

  it('word shapes need long pieces with vowels', () => {
    expect(isWordShaped('your_ibm_cloud_api_key_goes_here')).toBe(true);
    expect(isWordShaped('Xy7Kp2Mq9Zw4Av8Rt3Ln6Bc1Hd5Fg0Js2Wx4Yz6Ab8Cd')).toBe(false);
    expect(isWordShaped('xxxx-xxxx-xxxx-xxxx')).toBe(false);
  });

  it('shannon entropy in bits per character', () => {
    expect(shannon('')).toBe(0);
    expect(shannon('aaaa')).toBe(0);
    expect(shannon('abcd')).toBe(2);
  });

  it('sequences and periods', () => {
    expect(isSequential('1234567890123')).toBe(true);
    expect(isSequential('zyxwvutsrq')).toBe(true);
    expect(isSequential('5f1e3c2b9a7d')).toBe(false);
    expect(isPeriodic('abcabcabcabc')).toBe(true);
    expect(isPeriodic('abcabcabdxyz')).toBe(false);
  });
});

describe('identifiers', () => {
  it('tells code identifiers from random keys', () => {
    expect(isIdentifierShaped('testAccCheckIBMEnCustomSMSSubscriptionExists')).toBe(true);
    expect(isIdentifierShaped('ResourceIBMIsInstanceGroupManagerActionCreate')).toBe(true);
    const gen = createGen(99);
    const taken = Array.from({ length: 20_000 }, () => gen.ibmKey()).filter(isIdentifierShaped);
    expect(taken).toEqual([]);
  });
});
