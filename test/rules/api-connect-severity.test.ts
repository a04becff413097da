import { describe, expect, it } from 'vitest';
import { RULES, createGen } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';

// SPEC §2: Basic auth against API Connect is an error where the credential is written in the file (reported at
// the literal), and a warning where it comes from variables: a broken integration, not a leak.
const gen = createGen(2018);
const HOST = 'https://api-manager.us-east-a.apiconnect.automation.ibm.com/api';
const severities = (text: string): string[] =>
  detect(text, 'client.py', RULES)
    .filter((m) => m.ruleId === 'api-connect-basic-auth')
    .map((m) => `${m.severity ?? 'error'}:${text.slice(m.start, m.end).length}`);

describe('api-connect-basic-auth: literal or from variables', () => {
  it('a literal password is an error, at the password', () => {
    const password = gen.base64url(12);
    // secret-hygiene:allow -- test fixture: the Basic-auth pattern this rule flags, no real credential
    expect(severities(`r = requests.get("${HOST}/orgs", auth=("admin", "${password}"))\n`)).toEqual(['error:12']);
  });

  it.each([
    ['names', 'auth=(user, password)'],
    ['environment lookups', 'auth=(os.environ["APIC_USER"], os.environ["APIC_PASS"])'],
    ['getenv calls', 'auth=(os.getenv("APIC_USER"), os.getenv("APIC_PASS"))'],
    ['config lookups', "auth=HTTPBasicAuth(config.get('user'), config.get('password'))"],
  ])('credentials from %s are a warning', (_what, auth) => {
    const found = severities(`r = requests.get("${HOST}/orgs", ${auth})\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning:/);
  });
});
