import { describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { EMPTY_CONFIG, parseConfig, type Config } from '../../src/config.js';
import { allowedByConfig } from '../../src/filters/config-allowlist.js';
import { activeRules, chunkFindings } from '../../src/pipeline/chunk.js';

const config = (json: object): Config => parseConfig(JSON.stringify(json), '.secret-hygiene.json');

describe('allowedByConfig', () => {
  it('allows a rule that is off', () => {
    expect(allowedByConfig(config({ rules: { jwt: 'off' } }), 'jwt', 'x', 'y')).toBe(true);
    expect(allowedByConfig(config({ rules: { jwt: 'on' } }), 'jwt', 'x', 'y')).toBe(false);
  });

  it('allows a secret or a line that an allow pattern matches', () => {
    const c = config({ allow: ['^EXAMPLE', 'docs-only'] });
    expect(allowedByConfig(c, 'jwt', 'EXAMPLEKEY', 'token = x')).toBe(true);
    expect(allowedByConfig(c, 'jwt', 'realkey', 'token = x # docs-only')).toBe(true);
    expect(allowedByConfig(c, 'jwt', 'realkey', 'token = x')).toBe(false);
    expect(allowedByConfig(EMPTY_CONFIG, 'jwt', 'EXAMPLEKEY', 'docs-only')).toBe(false);
  });
});

describe('config filters through the pipeline', () => {
  const g = createGen(11);
  const key = g.ibmKey();
  const text = `IBMCLOUD_API_KEY=${key}\nIC_API_KEY=${g.ibmKey()} # sandbox account\n`;
  const chunk = { origin: { kind: 'file' as const, path: '.env' }, text, bytes: text.length };

  it('finds both keys with no config', () => {
    expect(chunkFindings(chunk, RULES, EMPTY_CONFIG).findings.map((f) => f.line)).toEqual([1, 2]);
  });

  it('drops a rule turned off before it runs', () => {
    const c = config({ rules: { 'ibm-cloud-api-key': 'off' } });
    expect(activeRules(RULES, c).map((r) => r.id)).not.toContain('ibm-cloud-api-key');
    expect(chunkFindings(chunk, activeRules(RULES, c), c).findings).toEqual([]);
  });

  it('drops findings whose secret or line an allow pattern matches', () => {
    expect(chunkFindings(chunk, RULES, config({ allow: ['sandbox account'] })).findings.map((f) => f.line)).toEqual([1]);
    expect(chunkFindings(chunk, RULES, config({ allow: [`^${key}$`] })).findings.map((f) => f.line)).toEqual([2]);
  });
});
