import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';

// No rule may backtrack catastrophically or scan the whole text per candidate: each adversarial 1 MB line
// below goes through the whole catalog. Linear matching takes well under a second for each; a quadratic one
// would take minutes and hit the timeout. No timed assertion: the timeout is the guard.
const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const gen = createGen(5);
const key = gen.ibmKey();
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** Adversarial lines hold no credential, except the `many …` ones: one in each repeated unit. */
const many = (unit: string): [string, number] => [fill(unit), Math.floor(MB / unit.length)];

const ADVERSARIAL: Record<string, string> = {
  'a run of the key alphabet': fill('aB3-_x'),
  'apikey and a run of the key alphabet': `apikey: ${fill('aB3-_x')}`,
  'a long hex run after a secret name': `secret_access_key=${fill('0123456789abcdef')}`,
  'a long hex run after a classic name': `softlayer api_key=${fill('0a1b2c3d')}`,
  'eyJ repeated': fill('eyJ'),
  'eyJ repeated with dots': fill('eyJa.'),
  'header.payload. repeated': fill('eyJhbGciOi.eyJhbGciOi.'),
  'Bearer repeated': fill('Authorization: Bearer '),
  'Bearer and a dotted run': `Authorization: Bearer ${fill('abc.')}`,
  'Bearer and base64 padding': `Authorization: Bearer ${fill('a+/=')}`,
  'https:// and a: repeated without @': fill('https://a:'),
  'https:// and a: near API Connect': `apiconnect ${fill('https://a:')}`,
  'user:pass@ repeated near API Connect': `apiconnect https://${fill('a:b@')}`,
  'a: repeated near API Connect': `apiconnect ${fill('a:')}`,
  'Basic repeated near API Connect': `apiconnect ${fill('Basic ')}`,
  'curl -u repeated near API Connect': `apiconnect curl ${fill('-u ')}`,
  '--user " repeated near API Connect': `apiconnect ${fill('--user "')}`,
  'auth = ( repeated near API Connect': `apiconnect ${fill('auth = (')}`,
  'separators after apikey': `apikey${fill(' = : "')}`,
  'apikey: repeated': fill('apikey:'),
  'api_key=" repeated': fill('api_key="'),
  'JSON-escaped names repeated': fill('\\"apikey\\": \\"'),
  'colons': fill(':'),
  'quotes': fill('"'),
  'escaped quotes': fill('\\"'),
  'value: " repeated': fill('value: "'),
  'default = repeated': fill('default = '),
  'newlines after apikey': `apikey${fill('\n')}`,
  'SOAP URL prefixes repeated': fill('api.softlayer.com/soap/v3/'),
  'a Secret with a 1 MB value': `kind: Secret\ndata:\n  a: ${fill('YWJj')}`,
  'a Secret with many entries': `kind: Secret\ndata:\n${fill('  a: YWJj\n')}`,
  'many apikey fields outside a key file': fill(`"apikey": "${gen.base64url(30)}", `),
  'many secret access keys without an id': fill(`secret_access_key=${gen.hex(48)}\n`),
};

const MANY: Record<string, [string, number]> = {
  'many named keys': many(`apikey=${key}\n`),
  'many holders': many(`- name: IBMCLOUD_API_KEY\n  value: ${key}\n`),
  'many Basic apikey headers': many(`Authorization: Basic ${b64(`apikey:${key}`)}\n`),
  'many docker auth fields': many(`"auth": "${b64(`iamapikey:${key}`)}", `),
  'many bearer tokens': many(`Authorization: Bearer ${gen.base64url(40)}\n`),
  'many JWTs': many(`${gen.jwt({ sub: 'x' }, { alg: 'HS256' })} `),
};

describe('adversarial 1 MB lines', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_name, text) => {
    expect(detect(text, 'adversarial.txt', RULES)).toEqual([]);
  }, 60_000);

  it.each(Object.entries(MANY))('%s', (_name, [text, count]) => {
    expect(detect(text, 'adversarial.txt', RULES)).toHaveLength(count);
  }, 60_000);
});
