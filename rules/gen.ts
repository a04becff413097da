import type { Gen } from '../src/engine/rule.js';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789abcdef';

/** Signature length in base64url characters for each algorithm (RSA: a 2048-bit key). */
const SIGNATURE_CHARS: Record<string, number> = { HS256: 43, HS384: 64, HS512: 86, ES256: 86, ES384: 128, ES512: 176, EdDSA: 86 };

/** mulberry32: a tiny seeded PRNG, so examples are the same on every run and hold no real secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createGen(seed = 20260815): Gen {
  const next = mulberry32(seed);
  const pick = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  const gen: Gen = {
    ibmKey: () => pick(B64URL, 44),
    hex: (length) => pick(HEX, length),
    base64url: (length) => pick(B64URL, length),
    base64: (text) => Buffer.from(text, 'utf8').toString('base64'),
    jwt: (payload, header = { kid: `kid-${pick(HEX, 8)}`, alg: 'RS256' }, signature) =>
      [
        Buffer.from(JSON.stringify(header)).toString('base64url'),
        Buffer.from(JSON.stringify(payload)).toString('base64url'),
        signature ?? pick(B64URL, SIGNATURE_CHARS[String(header.alg)] ?? 342),
      ].join('.'),
  };
  return gen;
}
