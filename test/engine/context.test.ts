import { describe, expect, it } from 'vitest';
import { contextNames, lineBefore, linesAround, nameBefore } from '../../src/engine/context.js';

const V = 'VALUE';
/** The names before the placeholder `VALUE` in `text`. */
const names = (text: string): string[] => contextNames(text, text.indexOf(V));

describe('nameBefore: one reading for every syntax', () => {
  it.each([
    ['IBMCLOUD_API_KEY=VALUE', 'IBMCLOUD_API_KEY'],
    ['export IC_API_KEY="VALUE"', 'IC_API_KEY'],
    ['{"apikey": "VALUE"}', 'apikey'],
    ['  api_key: VALUE', 'api_key'],
    ['apiKey = "VALUE"', 'apiKey'],
    ['ibm.cloud.Apikey=VALUE', 'ibm.cloud.Apikey'],
    ['ibmcloud login --apikey VALUE', 'apikey'],
    ['--from-literal=apikey=VALUE', 'apikey'],
    ['curl -u "apikey:VALUE"', 'apikey'],
    ['?grant_type=x&apikey=VALUE', 'apikey'],
    ["IAMAuthenticator('VALUE')", 'IAMAuthenticator'],
    ['.SetApiKey("VALUE")', 'SetApiKey'],
    ['ApiKey: "VALUE",', 'ApiKey'],
    ['os.environ["IBMCLOUD_API_KEY"] = "VALUE"', 'IBMCLOUD_API_KEY'],
    ['"os.environ[\\"IC_API_KEY\\"] = \\"VALUE\\"\\n"', 'IC_API_KEY'],
    ["'apikey' => 'VALUE'", 'apikey'],
    ['$apikey = "VALUE";', 'apikey'],
    ['| apikey | `VALUE` |', 'apikey'],
    ['<apikey>VALUE</apikey>', 'apikey'],
    ['**API key**: VALUE', 'API key'],
    ['The IBM Cloud API key: `VALUE`', 'API key'],
    ['os.Getenv("VALUE")', 'os.Getenv'],
    ['just some words VALUE', 'words'],
    // YAML block scalars, with their chomping and indentation marks.
    ['IBMCLOUD_API_KEY: >-\n  VALUE', 'IBMCLOUD_API_KEY'],
    ['  apikey: |-\n    VALUE', 'apikey'],
    ['  apikey: |+\n    VALUE', 'apikey'],
    ['  apikey: >2-\n    VALUE', 'apikey'],
    ['  apikey: |\n    VALUE', 'apikey'],
    ['x = a-\n  VALUE', 'a-'], // not after a | or a >: part of the name
    // A YAML anchor or tag between the key and the value.
    ['ibmcloud_api_key: &key VALUE', 'ibmcloud_api_key'],
    ['apikey: !!str VALUE', 'apikey'],
    ['apikey: !vault VALUE', 'apikey'],
    ['f(&apiKey, VALUE)', 'apiKey'],
  ])('%s → %s', (text, name) => {
    expect(nameBefore(text, text.indexOf(V))).toBe(name);
  });

  it('stops after a bounded gap', () => {
    expect(nameBefore(`apikey${' '.repeat(100)}VALUE`, 106)).toBe('');
  });
});

describe('contextNames: holders stand for the name they hold a value for', () => {
  it('Kubernetes name/value pairs take the nearest name above', () => {
    expect(names('- name: IBMCLOUD_API_KEY\n  value: "VALUE"\n')).toEqual(['IBMCLOUD_API_KEY']);
    expect(names('- name: IBMCLOUD_API_KEY\n  valueFrom: x\n- name: NONCE\n  value: VALUE\n')).toEqual(['NONCE']);
  });

  it('JSON key/value and name/value objects', () => {
    expect(names('{"key": "apikey", "value": "VALUE"}')).toEqual(['apikey']);
    expect(names('{"name": "IC_API_KEY", "value": "VALUE"}')).toEqual(['IC_API_KEY']);
  });

  it('a Terraform variable default', () => {
    expect(names('variable "ibmcloud_api_key" {\n  description = "The key"\n  type = string\n  default = "VALUE"\n}')).toEqual([
      'ibmcloud_api_key',
    ]);
  });

  it('a YAML parent, when no name is given', () => {
    expect(names('ibmcloud_api_key:\n  description: the deploy key\n  default: VALUE\n')).toEqual(['ibmcloud_api_key']);
  });

  it('does not read a line cut by the look-back bound', () => {
    expect(names(`${'x'.repeat(400)}_IBMCLOUD_API_KEY:\n  default: VALUE\n`)).toEqual([]);
  });

  it('a plain name stays itself', () => {
    expect(names('apikey: VALUE')).toEqual(['apikey']);
  });
});

describe('bounded line helpers', () => {
  const text = 'one\ntwo\nthree VALUE four\nfive\nsix';
  const at = text.indexOf(V);

  it('lineBefore stops at the line start or at the bound', () => {
    expect(lineBefore(text, at, 100)).toBe('three ');
    expect(lineBefore(text, at, 3)).toBe('ee ');
  });

  it('linesAround takes whole lines on each side', () => {
    const [from, to] = linesAround(text, at, at + V.length, 1, 100);
    expect(text.slice(from, to)).toBe('two\nthree VALUE four\nfive');
    const [f0, t0] = linesAround(text, at, at + V.length, 0, 100);
    expect(text.slice(f0, t0)).toBe('three VALUE four');
    const [fAll, tAll] = linesAround(text, at, at + V.length, 9, 100);
    expect(text.slice(fAll, tAll)).toBe(text);
  });

  it('linesAround never reaches past its bound on a long line', () => {
    const long = `${'x'.repeat(5000)}VALUE${'y'.repeat(5000)}`;
    const [from, to] = linesAround(long, 5000, 5005, 8, 100);
    expect([from, to]).toEqual([4900, 5105]);
  });
});
