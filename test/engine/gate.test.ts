import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';
import { keywordGate } from '../../src/engine/gate.js';
import type { ExampleText } from '../../src/engine/rule.js';

const gen = createGen(5);
const render = (t: ExampleText): string => (typeof t === 'string' ? t : t(gen));
const examples = RULES.flatMap((r) => [...r.examples.positive, ...r.examples.negative].map((e) => render(e.text)));

describe('the keyword gate on bytes', () => {
  const gate = keywordGate(RULES);
  const pass = (bytes: Buffer, path = 'x.txt'): boolean => gate.passes(bytes, path);

  it('passes every text in which detect() finds something, as UTF-8 and UTF-16', () => {
    for (const text of examples.filter((t) => detect(t, 'x.txt', RULES).length > 0)) {
      expect(pass(Buffer.from(text, 'utf8')), text).toBe(true);
      expect(pass(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), text).toBe(true);
    }
  });

  it('passes a Kubernetes Secret even with the rule that owns the word "secret" turned off', () => {
    const rules = RULES.filter((r) => r.id !== 'ibm-cos-hmac');
    const manifest = `apiVersion: v1\nkind: Secret\ndata:\n  apikey: ${Buffer.from(gen.ibmKey()).toString('base64')}\n`;
    expect(detect(manifest, 'k8s.yaml', rules).length).toBe(1);
    expect(keywordGate(rules).passes(Buffer.from(manifest), 'k8s.yaml')).toBe(true);
  });

  it.each([
    ['a Basic header', (k: string) => `curl -H "Authorization: Basic ${Buffer.from(`apikey:${k}`).toString('base64')}" https://x\n`],
    ['a docker config auth', (k: string) => `{"auths": {"us.icr.io": {"auth": "${Buffer.from(`iamapikey:${k}`).toString('base64')}"}}}\n`],
  ])('passes %s, whose key and keyword show only once decoded', (_name, make) => {
    const text = make(gen.ibmKey());
    expect(detect(text, 'x.txt', RULES).map((m) => m.ruleId)).toEqual(['ibm-cloud-api-key']);
    expect(pass(Buffer.from(text))).toBe(true);
  });

  it('passes text whose lower case holds a keyword only through U+0130 or U+212A', () => {
    expect(pass(Buffer.from('SL_AP\u0130'))).toBe(true);
    expect(pass(Buffer.from('API\u212aEY'))).toBe(true);
  });

  it('rejects text with no keyword, whatever its case', () => {
    expect(pass(Buffer.from('const total = items.reduce((a, b) => a + b, 0);\n'))).toBe(false);
    expect(pass(Buffer.from('APIKEY'))).toBe(true);
  });
});
