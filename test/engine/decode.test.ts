import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../rules/gen.js';
import { basicCredentials, kubernetesSecretData } from '../../src/engine/decode.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('kubernetesSecretData', () => {
  it('decodes each data entry, mapped back to the encoded value', () => {
    const text = `apiVersion: v1\nkind: Secret\ndata:\n  apikey: ${b64('the-key-value')}\n  region: ${b64('us-south')}\ntype: Opaque\n`;
    const derived = kubernetesSecretData(text);
    expect(derived.map((d) => d.text)).toEqual(['apikey: the-key-value', 'region: us-south']);
    for (const d of derived) expect(Buffer.from(text.slice(d.start, d.end), 'base64').toString()).toBe(d.text.split(': ')[1]);
  });

  it('reads indented Secrets in a List, quoted values and comments', () => {
    const text = `kind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    data:\n      # the key\n      "apikey": "${b64('k1-value')}"\n    type: Opaque\n`;
    expect(kubernetesSecretData(text).map((d) => d.text)).toEqual(['apikey: k1-value']);
  });

  it('decodes only the documents that are Secrets', () => {
    const text = `kind: ConfigMap\ndata:\n  apikey: ${b64('plain-config-value')}\n---\nkind: Secret\ndata:\n  apikey: ${b64('secret-value')}\n`;
    expect(kubernetesSecretData(text).map((d) => d.text)).toEqual(['apikey: secret-value']);
  });

  it('reads JSON Secrets (kubectl get secret -o json)', () => {
    const text = `{"apiVersion": "v1", "kind": "Secret", "data": {"apikey": "${b64('json-secret-value')}"}}`;
    const [d] = kubernetesSecretData(text);
    expect(d?.text).toBe('apikey: json-secret-value');
    expect(text.slice(d?.start, d?.end)).toBe(b64('json-secret-value'));
  });

  it('reads a JSON Secret whose data is large (a certificate beside the key)', () => {
    const pem = `-----BEGIN CERTIFICATE-----\n${'MIIB'.repeat(16_000)}\n-----END CERTIFICATE-----\n`;
    const text = `{"kind": "Secret", "data": {"ca.crt": "${b64(pem)}", "apikey": "${b64('json-secret-value')}"}}`;
    expect(kubernetesSecretData(text).map((d) => d.text.slice(0, 30))).toEqual([`ca.crt: ${pem.slice(0, 22)}`, 'apikey: json-secret-value']);
  });

  it('skips binary values and files that are no Secret', () => {
    expect(kubernetesSecretData(`kind: Secret\ndata:\n  cert: ${Buffer.from([0, 1, 2, 3, 255, 254, 0, 7]).toString('base64')}\n`)).toEqual([]);
    expect(kubernetesSecretData(`kind: Deployment\ndata:\n  apikey: ${b64('x-value-here')}\n`)).toEqual([]);
  });
});

describe('basicCredentials', () => {
  it('decodes Basic headers and docker auth fields to user:password', () => {
    const header = `curl -H "Authorization: Basic ${b64('apikey:the-secret')}" https://x`;
    const [d] = basicCredentials(header);
    expect(d?.text).toBe('apikey:the-secret');
    expect(header.slice(d?.start, d?.end)).toBe(b64('apikey:the-secret'));
    expect(basicCredentials(`{"auth": "${b64('iamapikey:k')}"}`).map((x) => x.text)).toEqual(['iamapikey:k']);
  });

  it('ignores values that are not user:password text', () => {
    expect(basicCredentials(`Authorization: Basic ${b64('no colon in here')}`)).toEqual([]);
    expect(basicCredentials('Basic authentication is deprecated')).toEqual([]);
  });

  it('finds what a global search of the whole text finds (it tries the pattern only where Basic or "auth" starts)', () => {
    // The reference: the same pattern searched at every offset.
    const BASIC = /(?<![A-Za-z0-9_])(?:Basic[ \t]+|"auth"[ \t]*:[ \t]*")([A-Za-z0-9+/]{12,1400}={0,2})(?![A-Za-z0-9+/=])/g;
    const reference = (text: string): Array<[number, string]> =>
      [...text.matchAll(BASIC)].flatMap((m) => {
        const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
        const text = [...decoded].every((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r') && !decoded.includes('\ufffd');
        return decoded.includes(':') && text ? [[m.index + m[0].length - (m[1] ?? '').length, decoded] as [number, string]] : [];
      });
    const next = mulberry32(4242);
    const pieces = ['Basic ', 'Basic\t', 'Basic  ', 'xBasic ', '"auth": "', '"auth":"', '"auth" :\t"', '_"auth": "', 'Basic', ' ', '\n', '=', '"'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        text += pieces[Math.floor(next() * pieces.length)];
        if (next() < 0.6) text += b64(`user${round}:${'p'.repeat(Math.floor(next() * 20))}`).slice(0, 8 + Math.floor(next() * 30));
      }
      expect(basicCredentials(text).map((d) => [d.start, d.text]), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
