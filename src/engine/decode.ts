// Encoded places a secret hides in. Each yields a derived text to scan, and the range of the
// original text that any finding in it maps back to. All of them run in linear time.

export interface Derived {
  text: string;
  /** The encoded value's range in the original text. */
  start: number;
  end: number;
}

/**
 * An encoding a secret hides in. Rules name the decoders that can reveal their secrets; the keyword gate
 * passes every text holding one of a decoder's `triggers`, so a decoder adds its own words, nowhere else.
 */
export interface Decoder {
  name: string;
  /** Lower-case words, one of which is in every text that `decode` finds anything in. */
  triggers: readonly string[];
  decode(text: string): Derived[];
}

const K8S_SECRET = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*["']?Secret["']?[ \t]*\r?$|"kind"[ \t]*:[ \t]*"Secret"/m;
const DOCUMENT_END = /^---[ \t]*\r?$/gm;
const DATA_BLOCK = /^([ \t]*)(?:data|binaryData):[ \t]*\r?$/gm;
const YAML_ENTRY = /^([ \t]*)["']?([A-Za-z0-9_.-]+)["']?:[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/;
const JSON_DATA = /"(?:data|binaryData)"[ \t]*:[ \t]*\{([^{}]*)\}/g;
const JSON_ENTRY = /"([A-Za-z0-9_.-]+)"[ \t]*:[ \t]*"([A-Za-z0-9+/]{8,}={0,2})"/g;

/** Decoded bytes that are text: no replacement characters and no control characters but tab, CR, LF. */
function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) return false;
  }
  return true;
}

function decodedEntry(name: string, value: string, start: number): Derived | undefined {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (!printable(decoded)) return undefined;
  return { text: `${name}: ${decoded}`, start, end: start + value.length };
}

/** `data:` entries of a YAML Secret: the lines below it indented more, up to the first that is not. */
function yamlData(text: string, base: number): Derived[] {
  const out: Derived[] = [];
  for (const block of text.matchAll(DATA_BLOCK)) {
    const indent = (block[1] ?? '').length;
    let at = block.index + block[0].length + 1;
    while (at < text.length) {
      const next = text.indexOf('\n', at);
      const end = next === -1 ? text.length : next;
      const line = text.slice(at, end);
      const lineAt = at;
      at = end + 1;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      const m = YAML_ENTRY.exec(line);
      if (!m || (m[1] ?? '').length <= indent) break;
      const [, , name = '', value = ''] = m;
      const entry = decodedEntry(name, value, base + lineAt + line.indexOf(value, (m[1] ?? '').length + name.length));
      if (entry) out.push(entry);
    }
  }
  return out;
}

/** `"data": { … }` of a JSON Secret (`kubectl get secret -o json`). */
function jsonData(text: string, base: number): Derived[] {
  const out: Derived[] = [];
  for (const block of text.matchAll(JSON_DATA)) {
    const body = block[1] ?? '';
    const bodyAt = base + block.index + block[0].indexOf('{') + 1;
    for (const m of body.matchAll(JSON_ENTRY)) {
      const [whole, name = '', value = ''] = m;
      const entry = decodedEntry(name, value, bodyAt + m.index + whole.lastIndexOf(value));
      if (entry) out.push(entry);
    }
  }
  return out;
}

/**
 * Values under `data:` of a Kubernetes Secret are base64: decode each and scan it as `name: value`,
 * so the data key (`apikey`, `ibm-credentials.env`) gives the value its context.
 */
export function kubernetesSecretData(text: string): Derived[] {
  if (!text.includes('Secret') || !text.includes('kind')) return [];
  const out: Derived[] = [];
  // Each YAML document on its own: a ConfigMap beside a Secret keeps its plain `data:`.
  let start = 0;
  for (const end of [...[...text.matchAll(DOCUMENT_END)].map((m) => m.index), text.length]) {
    const doc = text.slice(start, end);
    if (K8S_SECRET.test(doc)) out.push(...yamlData(doc, start), ...jsonData(doc, start));
    start = end;
  }
  return out;
}

// `Authorization: Basic <base64 of user:password>` and the `auth` field of a docker config.json hold
// `user:password` in base64: `apikey:<key>` (curl -u apikey:… sent as a header) and `iamapikey:<key>`
// (IBM Cloud Container Registry pull secrets) are IBM Cloud API keys.
const BASIC = /(?<![A-Za-z0-9_])(?:Basic[ \t]+|"auth"[ \t]*:[ \t]*")([A-Za-z0-9+/]{12,1400}={0,2})(?![A-Za-z0-9+/=])/y;

/** Every match of BASIC starts at one of these: trying it only there spares the regex a try at every offset. */
const BASIC_STARTS = ['Basic', '"auth"'];

/** The matches of BASIC in `text`, in order, as its global search gives them. */
function* basicMatches(text: string): Generator<RegExpExecArray> {
  const starts: number[] = [];
  for (const word of BASIC_STARTS) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) starts.push(at);
  starts.sort((a, b) => a - b);
  let cursor = 0;
  for (const at of starts) {
    if (at < cursor) continue;
    BASIC.lastIndex = at;
    const m = BASIC.exec(text);
    if (!m) continue;
    cursor = at + m[0].length;
    yield m;
  }
}

/** The `user:password` pairs behind Basic credentials, as `user:password` texts. */
export function basicCredentials(text: string): Derived[] {
  const out: Derived[] = [];
  for (const m of basicMatches(text)) {
    const value = m[1] ?? '';
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (!decoded.includes(':') || !printable(decoded)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ text: decoded, start, end: start + value.length });
  }
  return out;
}

/** `data:` of a Kubernetes Secret: every such text holds `kind: Secret`. */
export const kubernetesSecret: Decoder = { name: 'kubernetes-secret', triggers: ['secret'], decode: kubernetesSecretData };

/**
 * Basic credentials: a blank after `Basic`, or a docker config's quoted `"auth"` (a bare `auth` is in every
 * `author`).
 */
export const basicAuth: Decoder = { name: 'basic-credentials', triggers: ['basic ', 'basic\t', '"auth"'], decode: basicCredentials };
