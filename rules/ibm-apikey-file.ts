import { isWordShaped } from '../src/engine/entropy.js';
import { placeholderReason } from '../src/engine/placeholder.js';
import type { DetectInput, Rule } from '../src/engine/rule.js';

// `ibmcloud iam api-key-create … --file`, the console's "Download" (apiKey.json) and Terraform's `file`
// argument all write the key into a JSON file (reference §1.3). Such a file is a key, whatever the
// key's length: IAM accepts user-chosen key values, which the 44-char rule would miss.
const KEY_FILE_NAME = /(?:^|\/)api[-_]?key[^/]*\.json$/i;
const DOWNLOAD_SHAPE = /"(?:name|Name)"\s*:/;
const DOWNLOAD_DATE = /"(?:createdAt|CreatedAt|created_at)"\s*:/;

/** Whether a text has the fields of a downloaded key file: looked up once per text, however many keys it holds. */
const shapeCache = new WeakMap<DetectInput, boolean>();
function downloadShaped(input: DetectInput): boolean {
  let shaped = shapeCache.get(input);
  if (shaped === undefined) {
    shaped = DOWNLOAD_SHAPE.test(input.text) && DOWNLOAD_DATE.test(input.text);
    shapeCache.set(input, shaped);
  }
  return shaped;
}

export const ibmApikeyFile = {
  id: 'ibm-apikey-file' as const,
  title: 'Committed IBM Cloud API key file',
  message: 'committed IBM Cloud API key file (apikey.json): remove it from the repository and rotate the key',
  severity: 'error',
  verifiable: true,
  keywords: ['apikey'],
  near: 1,
  // A key has no blanks: `"apikey": "The API key of the service ID"` is a schema's description.
  pattern: /"(?:apikey|Apikey|apiKey|APIKEY)"[ \t]*:[ \t]*"(?<secret>[^"\\\s]{16,512})"/dg,
  validate(match, input) {
    if (!KEY_FILE_NAME.test(input.path) && !downloadShaped(input)) {
      return { ok: false, reason: 'neither named nor shaped like a downloaded key file' };
    }
    const secret = match.groups?.secret ?? '';
    const placeholder = placeholderReason(secret);
    if (placeholder) return { ok: false, reason: placeholder };
    if (isWordShaped(secret)) return { ok: false, reason: 'made of words (a placeholder or a name)' };
    return { ok: true };
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
    ],
  },
} satisfies Rule;
