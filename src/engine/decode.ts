// Encoded places a secret hides in. Each yields a derived text to scan, and the range of the
// original text that any finding in it maps back to.

export interface Derived {
  text: string;
  /** The encoded value's range in the original text. */
  start: number;
  end: number;
}

const K8S_SECRET = /^kind:[ \t]*["']?Secret["']?[ \t]*$/m;
const DATA_BLOCK = /^(data|binaryData):[ \t]*$/gm;
const ENTRY = /^([ \t]+)([A-Za-z0-9_.-]+):[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/gm;

/** Decoded bytes that are text: no replacement characters and no control characters but tab, CR, LF. */
function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) return false;
  }
  return true;
}

/**
 * Values under `data:` of a Kubernetes Secret are base64: decode each and scan it as `name: value`,
 * so the data key (`apikey`, `ibm-credentials.env`) gives the value its context.
 */
export function kubernetesSecretData(text: string): Derived[] {
  if (!K8S_SECRET.test(text)) return [];
  const out: Derived[] = [];
  for (const block of text.matchAll(DATA_BLOCK)) {
    ENTRY.lastIndex = block.index + block[0].length;
    let indent: string | undefined;
    for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
      const [, space = '', name = '', value = ''] = m;
      // Entries must follow one another at one indentation; anything else ends the block.
      const gap = text.slice(ENTRY.lastIndex - m[0].length - 1, m.index);
      if ((indent !== undefined && space !== indent) || gap.trim() !== '') break;
      indent = space;
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      if (!printable(decoded)) continue;
      const start = m.index + m[0].indexOf(value, space.length + name.length);
      out.push({ text: `${name}: ${decoded}`, start, end: start + value.length });
    }
  }
  return out;
}
