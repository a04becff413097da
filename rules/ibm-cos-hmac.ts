import { CONTEXT_REACH, contextNames, nameBefore } from '../src/engine/context.js';
import { hexShape } from '../src/engine/entropy.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// COS HMAC credentials: `secret_access_key` is 48 lowercase hex, `access_key_id` 32 (reference §6).
// A 32-hex value alone is most often an account id, so only the secret is reported, and only when
// its key id stands in the same text. Hex boundaries on both sides keep a 64-hex AWS-style secret
// from matching as 48 (Yelp/detect-secrets#288).
const KEY_ID = /(?:access[_-]?key[_-]?id|access[_-]?key|key[_-]?id)['"\\]{0,4}[ \t]*[:=,][ \t]*['"\\]{0,4}(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])/i;

/** Whether a text holds an access key id: searched once per text, however many secrets it holds. */
const keyIdCache = new WeakMap<DetectInput, boolean>();
function hasKeyId(input: DetectInput): boolean {
  let found = keyIdCache.get(input);
  if (found === undefined) {
    found = KEY_ID.test(input.text);
    keyIdCache.set(input, found);
  }
  return found;
}

export const ibmCosHmac: Rule = {
  id: 'ibm-cos-hmac',
  title: 'IBM Cloud Object Storage HMAC secret',
  message: 'IBM Cloud Object Storage HMAC secret access key (its access key id is in the same file)',
  severity: 'error',
  keywords: ['secret', 'credentials'],
  near: CONTEXT_REACH,
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>[a-f0-9]{48})(?![A-Za-z0-9_+/=-])/dg,
  validate(match, input) {
    const { text } = input;
    const names = contextNames(text, match.index);
    const shape = hexShape(match[0], 3.0);
    if (!shape.ok) return shape;
    if (names.some((n) => /secret[_-]?(?:access)?[_-]?key/i.test(n))) {
      return hasKeyId(input) ? { ok: true } : { ok: false, reason: 'no 32-hex access key id in the same file' };
    }
    // The pair passed positionally: `new BasicAWSCredentials("<id>", "<secret>")`, `NewStaticCredentials(…)`.
    const id = names[0] ?? '';
    if (/^[a-f0-9]{32}$/.test(id)) {
      const call = nameBefore(text, text.lastIndexOf(id, match.index));
      if (/credentials$/i.test(call)) return { ok: true };
    }
    return { ok: false, reason: 'not named as a secret access key' };
  },
  examples: {
    positive: [
      {
        path: 'credentials.json',
        text: (g) =>
          `{\n  "cos_hmac_keys": {\n    "access_key_id": "${g.hex(32)}",\n    "secret_access_key": "${g.hex(48)}"\n  }\n}\n`,
      },
      { path: '.env', text: (g) => `COS_SECRET_ACCESS_KEY=${g.hex(48)}\nCOS_ACCESS_KEY_ID=${g.hex(32)}\n`, reason: 'id after the secret' },
      {
        path: 'aws-credentials',
        text: (g) => `[ibm-cos]\naws_access_key_id = ${g.hex(32)}\naws_secret_access_key = ${g.hex(48)}\n`,
      },
      {
        path: 'Cos.java',
        text: (g) => `AWSCredentials credentials = new BasicAWSCredentials("${g.hex(32)}", "${g.hex(48)}");\n`,
        reason: 'the pair passed positionally',
      },
    ],
    negative: [
      { path: 'a.env', text: (g) => `COS_SECRET_ACCESS_KEY=${g.hex(48)}\n`, reason: 'no key id in the file' },
      { path: 'a.env', text: (g) => `ACCOUNT_ID=${g.hex(32)}\n`, reason: 'a lone 32-hex value is an account id' },
      {
        path: 'a.env',
        text: (g) => `access_key_id=${g.hex(32)}\nsecret_access_key=${g.hex(64)}\n`,
        reason: '64-hex value is not a 48-hex COS secret',
      },
      { path: 'a.txt', text: (g) => `access_key_id=${g.hex(32)}\nchecksum=${g.hex(48)}\n`, reason: 'not named as a secret' },
      {
        path: 'a.go',
        text: (g) => `creds := credentials.NewStaticCredentials(os.Getenv("COS_KEY_ID"), "${g.hex(48)}", "")\n`,
        reason: 'positional, but no 32-hex id beside it',
      },
      { path: 'a.json', text: (g) => `{"access_key_id": "${g.hex(32)}", "secret_access_key": "${'0'.repeat(48)}"}\n`, reason: 'low entropy' },
      {
        path: 'cos_test.py',
        text: "ACCESS_KEY_ID = '1234567890abcdef1234567890abcdef'\nSECRET_ACCESS_KEY = '1234567890abcdef1234567890abcdef1234567890abcdef'\n",
        reason: 'a counting placeholder',
      },
    ],
  },
};
