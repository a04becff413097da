import { CONTEXT_REACH } from '../src/engine/context.js';
import { hexShape } from '../src/engine/entropy.js';
import { kubernetesSecret } from '../src/engine/decode.js';
import { weigh, type Fact } from '../src/engine/evidence.js';
import { boundNames, linesText, nameFacts, statementText, type NameClass } from '../src/engine/facts.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// Classic infrastructure (SoftLayer) keys: 64 lowercase alphanumerics (reference §1.2). A 64-hex string
// is also a SHA-256, so only classic names (`SL_API_KEY`, `IAAS_CLASSIC_API_KEY`, `softlayer_api_key`)
// or a SoftLayer SOAP URL make it a key.
const CLASSIC_NAME = /softlayer|(?:^|[^a-z])sl[_.-]?api[_.-]?key|iaas[_.-]?(?:classic|api[_.-]?key)|(?:classic|infrastructure)[_.-]?(?:infrastructure[_.-]?)?api[_.-]?key/i;
const NAMES: NameClass[] = [
  { kind: 'name-classic', test: (n) => CLASSIC_NAME.test(n) },
  // `API Key` as a table row names it too (`slcli config show`).
  { kind: 'name-api-key', test: (n) => /api[ _.-]?key/.test(n) },
];
const SOAP_URL = /api\.(?:service\.)?softlayer\.com\/(?:soap|rest|xmlrpc)\/v3(?:\.1)?\/$/i;

/**
 * A classic user name: the account id and the e-mail address, `1234567_jane@example.com` (reference §1.2), or an
 * account's first user, `SL1234567` (or `IBM1234567`).
 */
const CLASSIC_USER = /(?<![\w.+-])(?:\d{5,8}_[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|(?:SL|IBM)\d{5,8}(?!\w))/;

/**
 * `SL_API_KEY=…`, a SoftLayer SOAP URL, `api_key = …` in a `[softlayer]` section or classic provider block,
 * or beside a classic user name (`username: 1234567_jane@example.com`, a credentials file of a SoftLayer client).
 */
function factsAbout(input: DetectInput, start: number): Fact[] {
  const before = input.text.slice(Math.max(0, start - 300), start);
  const facts = nameFacts(boundNames(input, start), NAMES, []);
  if (SOAP_URL.test(before)) facts.push({ kind: 'soap-url', note: 'api.softlayer.com' });
  // SoftLayer named before the key, or anywhere in its statement (`curl -u SL…:<key> https://api.softlayer.com/…`).
  const statement = statementText(input, start, start + 64);
  if (/softlayer|iaas_classic/i.test(before) || /softlayer/i.test(statement)) facts.push({ kind: 'softlayer-before', note: '' });
  // The user and the key passed together (`session.New("SL1234567", "<key>")`) say more than a user nearby.
  if (CLASSIC_USER.test(statement)) facts.push({ kind: 'statement-classic-user', note: 'a classic user name in the statement' });
  else if (!facts.some((f) => f.kind === 'softlayer-before') && CLASSIC_USER.test(linesText(input, start, start + 64, 3))) facts.push({ kind: 'classic-user', note: 'a classic user name within 3 lines' });
  return facts;
}

export const ibmClassicApiKey = {
  id: 'ibm-classic-api-key' as const,
  title: 'IBM Cloud classic infrastructure API key',
  message: 'IBM Cloud classic infrastructure (SoftLayer) API key',
  severity: 'error',
  decoders: [kubernetesSecret],
  named: true,
  // `api_key` with a classic user name beside it needs no classic word.
  keywords: ['softlayer', 'sl_api', 'sl-api', 'sl.api', 'slapi', 'classic', 'api_key', 'apikey', 'api key'],
  near: CONTEXT_REACH,
  entropy: 3,
  pattern: /(?<![A-Za-z0-9_+-])(?<secret>[a-z0-9]{64})(?![A-Za-z0-9_+/=-])/dg,
  run: { chars: 'a-z0-9', min: 64, max: 64 },
  evidence: {
    threshold: 1,
    weights: { 'name-classic': 1, 'soap-url': 1, 'name-api-key': 0.6, 'softlayer-before': 0.4, 'statement-classic-user': 0.6, 'classic-user': 0.4 },
  },
  validate(match, input) {
    const weighed = weigh(ibmClassicApiKey.evidence, factsAbout(input, match.index));
    if (!weighed.ok) return { ok: false, reason: weighed.summary };
    const shape = hexShape(match[0], ibmClassicApiKey.entropy);
    return shape.ok ? { ok: true, evidence: weighed.summary } : shape;
  },
  examples: {
    positive: [
      { path: 'main.tf', text: (g) => `provider "ibm" {\n  iaas_classic_username = "1234567_jane@example.com"\n  iaas_classic_api_key  = "${g.hex(64)}"\n}\n` },
      { path: '.env', text: (g) => `SL_API_KEY=${g.hex(64)}\nSL_USERNAME=1234567_jane@example.com\n` },
      { path: '.softlayer', text: (g) => `[softlayer]\nusername = SL1234567\napi_key = ${g.hex(64)}\n`, reason: 'the SoftLayer CLI config file' },
      { path: 'x.py', text: (g) => `client = SoapClient("https://api.softlayer.com/soap/v3/${g.hex(64)}")\n` },
      { path: 'sl.properties', text: (g) => `sl.api.key=${g.hex(64)}\n` },
      { path: 'creds.yaml', text: (g) => `username: 1234567_jane@example.com\napi_key: ${g.hex(64)}\n`, reason: 'an API key beside a classic user name' },
      {
        path: 'inventory.go',
        text: (g) => `import "github.com/softlayer/softlayer-go/session"\n\nsess := session.New("SL505307", "${g.hex(64)}")\n`,
        reason: 'softlayer-go: the user and the key passed together',
      },
      {
        path: 'get-account.sh',
        text: (g) => `curl -u SL1234567:${g.hex(64)} "https://api.softlayer.com/rest/v3/SoftLayer_Account/getObject"\n`,
        reason: 'curl -u user:key to the SoftLayer REST API',
      },
      {
        path: 'variables.tf',
        text: (g) => `variable "iaasapikey" {\n  description = "The IBM Cloud infrastructure API key"\n  default     = "${g.hex(64)}"\n}\n`,
        reason: 'an IaaS API key name',
      },
      {
        path: 'slcli.txt',
        text: (g) => `:     Username : SL702631                                                         :\n:      API Key : ${g.hex(64)} :\n`,
        reason: 'the API Key row of slcli config show, beside its user',
      },
    ],
    negative: [
      { path: 'a.txt', text: (g) => `sha256=${g.hex(64)}\n`, reason: 'a SHA-256 digest' },
      { path: 'a.env', text: (g) => `IC_API_KEY=${g.hex(64)}\n`, reason: 'not a classic name (and 64 is not an IAM key length)' },
      { path: 'a.env', text: 'SL_API_KEY=0000000000000000000000000000000000000000000000000000000000000000\n', reason: 'low entropy' },
      { path: 'build.env', text: (g) => `CLASSIC_BUILD_SHA256=${g.hex(64)}\n`, reason: 'a classic name, but not an API key' },
      { path: 'a.env', text: `SL_API_KEY=${'0123456789abcdef'.repeat(4)}\n`, reason: 'a counting placeholder' },
      { path: 'a.env', text: (g) => `SL_API_KEY=${g.hex(16).repeat(4)}\n`, reason: 'a repeated pattern' },
      { path: 'creds.yaml', text: (g) => `username: jane@example.com\napi_key: ${g.hex(64)}\n`, reason: 'an API key beside a user name that is not a classic one' },
    ],
  },
} satisfies Rule;
