import { CONTEXT_REACH, linesAround } from '../src/engine/context.js';
import { kubernetesSecret } from '../src/engine/decode.js';
import { hexShape } from '../src/engine/entropy.js';
import { weigh, type Fact } from '../src/engine/evidence.js';
import { boundNames, fileSays, linesText } from '../src/engine/facts.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// COS HMAC credentials: `secret_access_key` is 48 lowercase hex, `access_key_id` 32 (reference §6).
// A 32-hex value alone is most often an account id, so only the secret is reported, and only with evidence
// of its pair: its name and a key id in the same file, or a 32-hex id right before it (a positional pair:
// `new BasicAWSCredentials("<id>", "<secret>")`, Spring's `<constructor-arg>`s, an s3fs `id:secret` line).
// Hex boundaries on both sides keep a 64-hex AWS-style secret from matching as 48 (Yelp/detect-secrets#288).

const KEY_ID = /(?:access[_-]?key[_-]?id|access[_-]?key|key[_-]?id|access[_-]?id|hmac[_-]?id)[A-Za-z0-9]{0,8}['"\\]{0,4}[ \t]*[:=,][ \t]*['"\\]{0,4}(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])/i;
/**
 * A 32-hex id ending shortly before the secret, with nothing but separators, quotes, markup and a few short
 * words between: `("<id>", "<secret>")`, `<constructor-arg type="String" value="…"/>`, "access key <id>, secret <secret>".
 */
const ID_BEFORE = /(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])(?:[\s"',.:;=)(\\]|<\/?[A-Za-z-]+>?|\/>|[A-Za-z_]{1,16}\d{0,2}(?![A-Za-z0-9_])){1,32}$/;
/** The whole line is the pair, as in an s3fs password file: `[bucket:]<id>:<secret>`. */
const PAIR_LINE = /^[ \t]*(?:[A-Za-z0-9._-]{1,63}:)?[a-f0-9]{32}:[a-f0-9]{48}[ \t]*\r?$/;
const CREDENTIALS_CONTEXT = /credentials|hmac|s3fs|passwd|constructor-arg/i;
/** `secret_access_key`, `secretKey`, `COS_HMAC_SECRET`, `hmacSecret`, Stocator's `fs.cos.service.secret.key`. */
const SECRET_NAME = /secret[_.-]?(?:access)?[_.-]?key|hmac[_.-]?secret|secret[_.-]?hmac|cos[_.-]?secret/i;
const NOT_A_SECRET_NAME = /checksum|sha\d*|digest|hash|md5|etag|commit/i;

function factsAbout(input: DetectInput, start: number, end: number): Fact[] {
  const { text } = input;
  const facts: Fact[] = [];
  const names = boundNames(input, start);
  if (names.some((n) => SECRET_NAME.test(n))) facts.push({ kind: 'name-secret-access-key', note: names[0] ?? '' });
  else if (names.some((n) => NOT_A_SECRET_NAME.test(n))) facts.push({ kind: 'name-not-a-secret', note: names[0] ?? '' });
  if (fileSays(input, 'cos-key-id', KEY_ID)) facts.push({ kind: 'key-id-in-file', note: 'access_key_id' });
  if (ID_BEFORE.test(text.slice(Math.max(0, start - 120), start))) facts.push({ kind: 'pair-positional', note: '32-hex id before it' });
  const [from, to] = linesAround(text, start, end, 0, 300);
  if (PAIR_LINE.test(text.slice(from, to))) facts.push({ kind: 'pair-line', note: 'id:secret' });
  else if (CREDENTIALS_CONTEXT.test(linesText(input, start, end, 3))) facts.push({ kind: 'credentials-context', note: '' });
  return facts;
}

export const ibmCosHmac = {
  id: 'ibm-cos-hmac' as const,
  title: 'IBM Cloud Object Storage HMAC secret',
  message: 'IBM Cloud Object Storage HMAC secret access key (its access key id is beside it or in the same file)',
  severity: 'error',
  keywords: ['secret', 'credentials', 'hmac', 's3fs', 'constructor-arg'],
  // An s3fs password file holds only `id:secret`: no word at all.
  files: /(?:^|\/)\.?passwd-s3fs$/,
  near: CONTEXT_REACH,
  decoders: [kubernetesSecret],
  entropy: 3,
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>[a-f0-9]{48})(?![A-Za-z0-9_+/=-])/dg,
  // `secret` is in most infrastructure code: 48-hex runs, which are rare, are found first there.
  run: { chars: 'a-f0-9', min: 48, max: 48 },
  evidence: {
    threshold: 1,
    weights: {
      'name-secret-access-key': 0.7,
      'name-not-a-secret': -1,
      'key-id-in-file': 0.4,
      'pair-positional': 0.7,
      'pair-line': 0.4,
      'credentials-context': 0.4,
    },
  },
  validate(match, input) {
    const shape = hexShape(match[0], ibmCosHmac.entropy);
    if (!shape.ok) return shape;
    const weighed = weigh(ibmCosHmac.evidence, factsAbout(input, match.index, match.index + match[0].length));
    return weighed.ok ? { ok: true, evidence: weighed.summary } : { ok: false, reason: weighed.summary };
  },
  examples: {
    positive: [
      {
        path: 'cos_s3a.py',
        text: (g) => `s3accessKeyAws = "${g.hex(32)}"\ns3secretKeyAws = "${g.hex(48)}"\n`,
        reason: 'PySpark s3a names with a word after the key names',
      },
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
      { path: '.passwd-s3fs', text: (g) => `${g.hex(32)}:${g.hex(48)}\n`, reason: 'an s3fs password file: the whole line is the pair' },
      { path: 'mount.sh', text: (g) => `echo "mybucket:${g.hex(32)}:${g.hex(48)}" > /etc/passwd-s3fs\n`, reason: 'an s3fs line written by a script' },
      {
        path: 'cos-context.xml',
        text: (g) =>
          `<bean id="credentials" class="com.ibm.cloud.objectstorage.auth.BasicAWSCredentials">\n    <constructor-arg value="${g.hex(32)}"/>\n    <constructor-arg value="${g.hex(48)}"/>\n</bean>\n`,
        reason: "Spring XML: the pair as a bean's constructor arguments",
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
      { path: 'sums.txt', text: (g) => `${g.hex(32)}  ${g.hex(48)}\n`, reason: 'two hex values on a line, not an id:secret pair' },
      {
        path: 'build.xml',
        text: (g) => `<property name="build.id" value="${g.hex(32)}"/>\n<property name="build.checksum" value="${g.hex(48)}"/>\n`,
        reason: 'hex values in XML with no credentials around them',
      },
    ],
  },
} satisfies Rule;
