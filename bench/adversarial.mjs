// Adversarial lines for every rule and both request rules of the ESLint plugin: shapes that make a regex
// backtrack, a check re-read the line per candidate, or a decoder decode per byte. The redos test runs them at
// 1 MiB and checks the findings; bench/linearity.mjs runs them at 1 and 4 MiB and checks the growth.
import { Buffer } from 'node:buffer';

/** `unit` repeated to exactly `size` characters. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const b64 = (s) => Buffer.from(s).toString('base64');

/**
 * Every adversarial input at `size` characters (about): `{ text, path, findings? }`. `findings` is how many
 * the catalog reports (`many …` inputs: one per repeated unit); without it, none. `gen` is the seeded
 * generator of the catalog (`createGen`).
 */
export function adversarial(size, gen) {
  const key = gen.ibmKey();
  const many = (unit, path = 'adversarial.txt') => ({ text: unit.repeat(Math.floor(size / unit.length)), path, findings: Math.floor(size / unit.length) });
  const none = (text, path = 'adversarial.txt') => ({ text, path });
  return {
    'a run of the key alphabet': none(fill('aB3-_x', size)),
    'apikey and a run of the key alphabet': none(`apikey: ${fill('aB3-_x', size)}`),
    'a long hex run after a secret name': none(`secret_access_key=${fill('0123456789abcdef', size)}`),
    'a long hex run after a classic name': none(`softlayer api_key=${fill('0a1b2c3d', size)}`),
    'eyJ repeated': none(fill('eyJ', size)),
    'eyJ repeated with dots': none(fill('eyJa.', size)),
    'header.payload. repeated': none(fill('eyJhbGciOi.eyJhbGciOi.', size)),
    'Bearer repeated': none(fill('Authorization: Bearer ', size)),
    'Bearer and a dotted run': none(`Authorization: Bearer ${fill('abc.', size)}`),
    'Bearer and base64 padding': none(`Authorization: Bearer ${fill('a+/=', size)}`),
    'Bearer and one long token': none(`Authorization: Bearer ${fill('aB3xQ9', size)}`),
    'BEARER_TOKEN and one long hex token': none(`X_BEARER_TOKEN=${fill('0a1b', size)}`),
    'https:// and a: repeated without @': none(fill('https://a:', size)),
    'https:// and a: near API Connect': none(`apiconnect ${fill('https://a:', size)}`),
    'user:pass@ repeated near API Connect': none(`apiconnect https://${fill('a:b@', size)}`),
    'a: repeated near API Connect': none(`apiconnect ${fill('a:', size)}`),
    'Basic repeated near API Connect': none(`apiconnect ${fill('Basic ', size)}`),
    'Basic {{ repeated near API Connect': none(`apiconnect ${fill('Basic {{a}}:', size)}`),
    // Each header's variables were looked up by a search of the whole text.
    'REST-client Basic headers on many lines': many(`Authorization: Basic {{u}}:{{p}} https://${['a', 'apiconnect', 'ibmcloud', 'com'].join('.')}\n`, 'requests.http'),
    'curl -u repeated near API Connect': none(`apiconnect curl ${fill('-u ', size)}`),
    '--user " repeated near API Connect': none(`apiconnect ${fill('--user "', size)}`),
    'auth = ( repeated near API Connect': none(`apiconnect ${fill('auth = (', size)}`),
    '"type": "basic" repeated near API Connect': none(`apiconnect ${fill('"type": "basic", ', size)}`),
    'X-IBM-Client-Secret: repeated': none(fill('X-IBM-Client-Secret: ', size)),
    'password= repeated near API Connect': none(`apiconnect ${fill('password=', size)}`),
    'name = " repeated near API Connect': none(`apiconnect ${fill('a = "', size)}`),
    '|| " repeated near API Connect': none(`apiconnect ${fill('|| "', size)}`),
    'separators after apikey': none(`apikey${fill(' = : "', size)}`),
    'apikey: repeated': none(fill('apikey:', size)),
    'api_key=" repeated': none(fill('api_key="', size)),
    'JSON-escaped names repeated': none(fill('\\"apikey\\": \\"', size)),
    'token = " repeated in an IBM file': none(`import ibm_watson\n${fill('token = "', size)}`),
    'open brackets repeated in an IBM file': none(`import ibm_watson\n${fill('key = {[(', size)}`),
    'const x: Record<a, b> = repeated': none(fill('apiKey: Record<a, b> = ', size)),
    'key was repeated in prose': none(fill('the old key was ', size), 'notes.md'),
    'a sentence without end in prose': none(`the key ${fill('a', size)}`, 'notes.md'),
    'colons': none(fill(':', size)),
    'quotes': none(fill('"', size)),
    'escaped quotes': none(fill('\\"', size)),
    'value: " repeated': none(fill('value: "', size)),
    'default = repeated': none(fill('default = ', size)),
    'newlines after apikey': none(`apikey${fill('\n', size)}`),
    'SOAP URL prefixes repeated': none(fill('api.softlayer.com/soap/v3/', size)),
    'a Secret with a long value': none(`kind: Secret\ndata:\n  a: ${fill('YWJj', size)}`),
    'a Secret with many entries': none(`kind: Secret\ndata:\n${fill('  a: YWJj\n', size)}`),
    'a JSON Secret whose data never closes': none(`{"kind": "Secret", "data": {${fill('"a": "YWJj", ', size)}`),
    'a JSON Secret of data blocks opened again and again': none(`{"kind": "Secret", ${fill('"data": {"a": "YWJj", ', size)}`),
    'many apikey fields outside a key file': none(fill(`"apikey": "${gen.base64url(30)}", `, size)),
    'many secret access keys without an id': none(fill(`secret_access_key=${gen.hex(48)}\n`, size)),
    'many 32-hex ids before words': none(fill(`${gen.hex(32)} value value `, size)),
    'many named keys': many(`apikey=${key}\n`),
    'many holders': many(`- name: IBMCLOUD_API_KEY\n  value: ${key}\n`),
    'many Basic apikey headers': many(`Authorization: Basic ${b64(`apikey:${key}`)}\n`),
    'many docker auth fields': many(`"auth": "${b64(`iamapikey:${key}`)}", `),
    'many bearer tokens': many(`Authorization: Bearer ${gen.base64url(40)}\n`),
    'many JWTs': many(`${gen.jwt({ sub: 'x' }, { alg: 'HS256' })} `),
    'many named keys on one line': many(`IC_API_KEY=${key} ; `),
    'many client secret headers': many(`X-IBM-Client-Secret: ${gen.base64url(32)}\n`),
  };
}

/** JavaScript for the ESLint plugin's request rules: header objects and auth options repeated, near an API Connect host. */
export function adversarialCode(size, gen) {
  const host = ['us', 'apiconnect', 'ibmcloud', 'com'].join('.');
  const fillJs = (unit) => `const BASE = 'https://${host}';\n${fill(unit, size)}`;
  return {
    'header objects with Bearer': fillJs(`fetch(BASE, { headers: { Authorization: 'Bearer ${gen.base64url(40)}' } });\n`),
    'header objects with Basic': fillJs("fetch(BASE, { headers: { Authorization: 'Basic ' + btoa(u + ':' + p) } });\n"),
    'auth options': fillJs('axios.get(BASE, { auth: { username: u, password: p } });\n'),
    'a long string of scheme and userinfo': `const BASE = 'https://${host}';\nconst s = "${fill('a', size / 2)}://${fill('b', size / 2)}/@";\n`,
  };
}
