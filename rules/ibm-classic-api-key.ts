import { CONTEXT_REACH, contextNames } from '../src/engine/context.js';
import { hexShape } from '../src/engine/entropy.js';
import type { Rule } from '../src/engine/rule.js';

// Classic infrastructure (SoftLayer) keys: 64 lowercase alphanumerics (reference §1.2). A 64-hex string
// is also a SHA-256, so only classic names (`SL_API_KEY`, `IAAS_CLASSIC_API_KEY`, `softlayer_api_key`)
// or a SoftLayer SOAP URL make it a key.
const CLASSIC_NAME = /softlayer|(?:^|[^a-z])sl[_.-]?api[_.-]?key|iaas[_.-]?classic|classic[_.-]?(?:infrastructure[_.-]?)?api[_.-]?key/i;
const SOAP_URL = /api\.(?:service\.)?softlayer\.com\/(?:soap|rest|xmlrpc)\/v3(?:\.1)?\/$/i;

export const ibmClassicApiKey: Rule = {
  id: 'ibm-classic-api-key',
  title: 'IBM Cloud classic infrastructure API key',
  message: 'IBM Cloud classic infrastructure (SoftLayer) API key',
  severity: 'error',
  keywords: ['softlayer', 'sl_api', 'sl-api', 'sl.api', 'slapi', 'classic'],
  near: CONTEXT_REACH,
  pattern: /(?<![A-Za-z0-9_+-])(?<secret>[a-z0-9]{64})(?![A-Za-z0-9_+/=-])/dg,
  validate(match, { text }) {
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    const names = contextNames(text, match.index);
    const classic =
      SOAP_URL.test(before) ||
      names.some((n) => CLASSIC_NAME.test(n)) ||
      // `api_key = …` under a `[softlayer]` section of ~/.softlayer or a classic provider block
      (names.some((n) => /api[_.-]?key/i.test(n)) && /softlayer|iaas_classic/i.test(before));
    if (!classic) {
      return { ok: false, reason: 'no classic infrastructure name before the value' };
    }
    return hexShape(match[0], 3.0);
  },
  examples: {
    positive: [
      { path: 'main.tf', text: (g) => `provider "ibm" {\n  iaas_classic_username = "1234567_jane@example.com"\n  iaas_classic_api_key  = "${g.hex(64)}"\n}\n` },
      { path: '.env', text: (g) => `SL_API_KEY=${g.hex(64)}\nSL_USERNAME=1234567_jane@example.com\n` },
      { path: '.softlayer', text: (g) => `[softlayer]\nusername = SL1234567\napi_key = ${g.hex(64)}\n`, reason: 'the SoftLayer CLI config file' },
      { path: 'x.py', text: (g) => `client = SoapClient("https://api.softlayer.com/soap/v3/${g.hex(64)}")\n` },
      { path: 'sl.properties', text: (g) => `sl.api.key=${g.hex(64)}\n` },
    ],
    negative: [
      { path: 'a.txt', text: (g) => `sha256=${g.hex(64)}\n`, reason: 'a SHA-256 digest' },
      { path: 'a.env', text: (g) => `IC_API_KEY=${g.hex(64)}\n`, reason: 'not a classic name (and 64 is not an IAM key length)' },
      { path: 'a.env', text: 'SL_API_KEY=0000000000000000000000000000000000000000000000000000000000000000\n', reason: 'low entropy' },
      { path: 'build.env', text: (g) => `CLASSIC_BUILD_SHA256=${g.hex(64)}\n`, reason: 'a classic name, but not an API key' },
      { path: 'a.env', text: `SL_API_KEY=${'0123456789abcdef'.repeat(4)}\n`, reason: 'a counting placeholder' },
      { path: 'a.env', text: (g) => `SL_API_KEY=${g.hex(16).repeat(4)}\n`, reason: 'a repeated pattern' },
    ],
  },
};
