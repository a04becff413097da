import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';
import type { Rule } from '../../src/engine/rule.js';
import type { Match } from '../../src/types.js';
import { renderTemplate } from '../rules/templates.js';

const gen = createGen(99);
const fixtures = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

/** Every text the catalog knows: its examples and the rendered format fixtures. */
function corpus(): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  for (const rule of RULES) {
    for (const e of [...rule.examples.positive, ...rule.examples.negative]) {
      out.push({ path: e.path ?? 'example.txt', text: typeof e.text === 'string' ? e.text : e.text(gen) });
    }
  }
  for (const file of readdirSync(fixtures).filter((f) => f !== 'expected.json')) {
    out.push({ path: file, text: renderTemplate(readFileSync(`${fixtures}${file}`, 'utf8'), gen) });
  }
  return out;
}

/** The catalog with no prefilter and no windows: every rule runs its pattern over every whole text. */
const UNFILTERED: Rule[] = RULES.map((r) => ({ ...r, keywords: [''], near: undefined }));
const key = (m: Match): string => `${m.ruleId}@${m.start}-${m.end}`;

describe('detect', () => {
  it('the keyword prefilter and windows hide nothing: same matches as a full search', () => {
    for (const { path, text } of corpus()) {
      expect(detect(text, path, RULES).map(key), `${path}\n${text}`).toEqual(detect(text, path, UNFILTERED).map(key));
    }
  });

  it('holds across the whole reach of a holder’s look-back', () => {
    for (let lines = 0; lines <= 8; lines++) {
      for (const width of [10, 40, 70]) {
        const filler = `  # ${'n'.repeat(width)}\n`.repeat(lines);
        const text = `x: 1\n- name: IBMCLOUD_API_KEY\n${filler}  value: ${gen.ibmKey()}\n`;
        expect(detect(text, 'k.yaml', RULES).map(key)).toEqual(detect(text, 'k.yaml', UNFILTERED).map(key));
      }
    }
  });

  it('reports [start, end) offsets of the secret itself', () => {
    const secret = gen.ibmKey();
    const text = `line one\nIBMCLOUD_API_KEY="${secret}"\n`;
    const [m] = detect(text, '.env', RULES);
    expect(m && text.slice(m.start, m.end)).toBe(secret);
    expect(m?.secret).toBe(secret);
  });

  it('maps a finding in decoded text to the encoded value, and keeps the decoded secret', () => {
    const secret = gen.ibmKey();
    const encoded = Buffer.from(secret).toString('base64');
    const text = `kind: Secret\ndata:\n  apikey: ${encoded}\n`;
    const [m] = detect(text, 'secret.yaml', RULES);
    expect(m?.ruleId).toBe('ibm-cloud-api-key');
    expect(m && text.slice(m.start, m.end)).toBe(encoded);
    expect(m?.secret).toBe(secret);
  });

  it('keeps, of overlapping matches, the rule that comes first in the catalog', () => {
    const token = gen.jwt({ iss: 'https://iam.cloud.ibm.com/identity', exp: 4102444800 });
    const found = detect(`Authorization: Bearer ${token}\n`, 'a.http', RULES);
    expect(found.map((m) => m.ruleId)).toEqual(['ibm-iam-token']);
    const file = detect(`{"name": "k", "createdAt": "2026", "apikey": "${gen.ibmKey()}"}`, 'apikey.json', RULES);
    expect(file.map((m) => m.ruleId)).toEqual(['ibm-apikey-file']);
  });

  it('resolves many overlapping matches, in order', () => {
    const tokens = Array.from({ length: 20_000 }, () => `Authorization: Bearer ${gen.base64url(40)}`);
    const found = detect(tokens.join('\n'), 'many.http', RULES);
    expect(found).toHaveLength(20_000);
    expect(found.every((m, i) => i === 0 || (found[i - 1] as Match).end <= m.start)).toBe(true);
  });

  it('says why a candidate was dropped', () => {
    const reasons: string[] = [];
    detect(`apikey_id: "${gen.ibmKey()}"\n`, 'a.yaml', RULES, { onReject: (r) => reasons.push(`${r.ruleId}: ${r.reason}`) });
    expect(reasons).toEqual(['ibm-cloud-api-key: evidence 0.4 < 1: +0.8 name-api-key (apikey_id), −0.6 name-key-id (apikey_id), +0.2 shape-iam-key']);
  });

  it('searches a text whose lower-case form has another length (U+0130) in full', () => {
    const text = `İİİ\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`;
    expect(text.toLowerCase().length).not.toBe(text.length);
    expect(detect(text, '.env', RULES).map((m) => m.ruleId)).toEqual(['ibm-cloud-api-key']);
  });
});
