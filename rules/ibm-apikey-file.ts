import { isWordShaped, randomShape } from '../src/engine/entropy.js';
import { weigh, type Fact } from '../src/engine/evidence.js';
import { fileSays } from '../src/engine/facts.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// `ibmcloud iam api-key-create … --file`, the console's "Download" (apiKey.json) and Terraform's `file`
// argument all write the key into a JSON file (reference §1.3). Such a file is a key, whatever the
// key's length: IAM accepts user-chosen key values, which the 44-char rule would miss.
const KEY_FILE_NAME = /(?:^|\/)api[-_]?key[^/]*\.json$/i;
const DOWNLOAD_SHAPE = /"(?:name|Name)"\s*:/;
const DOWNLOAD_DATE = /"(?:createdAt|CreatedAt|created_at)"\s*:/;

/** What the rule notices: the file's name and fields, and the value's shape. */
function factsAbout(input: DetectInput, secret: string): Fact[] {
  const facts: Fact[] = [];
  if (KEY_FILE_NAME.test(input.path)) facts.push({ kind: 'file-name', note: input.path.replace(/^.*\//, '') });
  if (fileSays(input, 'download-name', DOWNLOAD_SHAPE) && fileSays(input, 'download-date', DOWNLOAD_DATE)) {
    facts.push({ kind: 'download-shape', note: 'name and createdAt fields' });
  }
  // IAM makes mixed-case base64url keys; a user-chosen one may be any string, but a hex one is most often another vendor's.
  if (randomShape(secret, ENTROPY).ok) facts.push({ kind: 'shape-key', note: '' });
  else if (!/^[0-9a-f]+$/i.test(secret)) facts.push({ kind: 'shape-other', note: 'not the IAM alphabet and case' });
  return facts;
}

const ENTROPY = 3;

export const ibmApikeyFile = {
  id: 'ibm-apikey-file' as const,
  title: 'Committed IBM Cloud API key file',
  message: 'committed IBM Cloud API key file (apikey.json): remove it from the repository and rotate the key',
  severity: 'error',
  verifiable: true,
  keywords: ['apikey'],
  near: 1,
  entropy: ENTROPY,
  // A key has no blanks: `"apikey": "The API key of the service ID"` is a schema's description.
  pattern: /"(?:apikey|Apikey|apiKey|APIKEY)"[ \t]*:[ \t]*"(?<secret>[^"\\\s]{16,512})"/dg,
  evidence: {
    threshold: 1,
    weights: { 'file-name': 0.6, 'download-shape': 0.8, 'shape-key': 0.4, 'shape-other': 0.2 },
  },
  validate(match, input) {
    const secret = match.groups?.secret ?? '';
    const placeholder = placeholderReason(secret);
    if (placeholder) return { ok: false, reason: placeholder };
    if (isWordShaped(secret)) return { ok: false, reason: 'made of words (a placeholder or a name)' };
    const weighed = weigh(ibmApikeyFile.evidence, factsAbout(input, secret));
    return weighed.ok ? { ok: true, evidence: weighed.summary } : { ok: false, reason: weighed.summary };
  },
  examples: {
    positive: [
      {
        path: 'apikey.json',
        text: (g) => `{\n  "name": "ci-deploy",\n  "description": "",\n  "createdAt": "2026-01-01T00:00+0000",\n  "apikey": "${g.ibmKey()}"\n}\n`,
      },
      {
        path: 'keys/terraform-key.json',
        text: (g) =>
          `{"Name":"ci-deploy","Description":"","Apikey":"${g.base64url(37)}","CreatedAt":"2026-01-01T00:00:00.000Z","Locked":false}`,
        reason: "Terraform's key file, with a user-chosen 37-char key",
      },
      { path: 'config/apiKey.json', text: (g) => `{"apikey": "${g.base64url(40)}"}\n` },
    ],
    negative: [
      { path: 'apikey.json', text: '{"apikey": "<your IBM Cloud API key>"}\n', reason: 'placeholder' },
      { path: 'settings.json', text: (g) => `{"apikey": "${g.base64url(30)}", "region": "us-south"}\n`, reason: 'neither a key file name nor its shape' },
      {
        path: 'schemas/apikey-schema.json',
        text: '{"apikey": "The_API_key_of_the_service_ID_used_to_deploy"}\n',
        reason: 'a description made of words',
      },
      { path: 'apikey.json', text: '{"apikey": "The API key of the service ID"}\n', reason: 'a sentence: keys have no blanks' },
      { path: 'apikey.json', text: '{"apikey": "xxxx-xxxx-xxxx-xxxx"}\n', reason: 'masked' },
      { path: 'bot/apikey.json', text: (g) => `{\n    "apikey": "${g.hex(24)}"\n}\n`, reason: "a hex key in a file of that name: another service's key, not IAM's alphabet" },
    ],
  },
} satisfies Rule;
