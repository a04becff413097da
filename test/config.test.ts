import { describe, expect, it } from 'vitest';
import { parseConfig, sizeInBytes } from '../src/config.js';
import { ScanError } from '../src/errors.js';

const parse = (json: string) => parseConfig(json, '.secret-hygiene.json');

describe('parseConfig', () => {
  it('reads every field', () => {
    const c = parse('{"$schema": "x", "ignore": ["dist/**"], "rules": {"jwt": "off", "bearer-token": "on"}, "allow": ["^EXAMPLE"], "maxFileSize": "2MiB"}');
    expect(c.ignore).toEqual(['dist/**']);
    expect([...c.off]).toEqual(['jwt']);
    expect(c.allow.map((r) => r.source)).toEqual(['^EXAMPLE']);
    expect(c.maxFileSize).toBe(2 * 1024 * 1024);
    expect(parse('{"maxFileSize": 1000}').maxFileSize).toBe(1000);
  });

  it.each([
    ['{', '.secret-hygiene.json: not valid JSON'],
    ['[]', '.secret-hygiene.json: "(root)" must be a JSON object'],
    ['{"ignor": []}', '.secret-hygiene.json: unknown field "ignor" (known fields: $schema, ignore, rules, allow, maxFileSize)'],
    ['{"ignore": "dist"}', '.secret-hygiene.json: "ignore" must be an array of strings (got "dist")'],
    ['{"ignore": [1]}', '.secret-hygiene.json: "ignore" must be an array of strings (got [1])'],
    ['{"rules": []}', '.secret-hygiene.json: "rules" must be an object of rule id to "off" or "on" (got [])'],
    ['{"rules": {"aws-key": "off"}}', '.secret-hygiene.json: "rules" has an unknown rule id "aws-key"'],
    ['{"rules": {"jwt": false}}', '.secret-hygiene.json: "rules.jwt" must be "off" or "on" (got false)'],
    ['{"allow": ["("]}', '.secret-hygiene.json: "allow[0]" must be a valid regular expression'],
    ['{"maxFileSize": -1}', '.secret-hygiene.json: "maxFileSize" must be a positive number of bytes or a size such as "10MiB" or "512k" (got -1)'],
    ['{"maxFileSize": "big"}', '"maxFileSize" must be a positive number of bytes'],
  ])('rejects %s naming the file, the field and what was expected', (json, message) => {
    expect(() => parse(json)).toThrow(ScanError);
    expect(() => parse(json)).toThrow(message);
  });

  it('points at the line and column of a JSON syntax error', () => {
    expect(() => parse('{\n  "ignore": ["a"],\n}')).toThrow(/at line 3, column 1$/);
  });
});

describe('sizeInBytes', () => {
  it.each([
    ['1048576', 1048576],
    ['512k', 512 * 1024],
    ['10MiB', 10 * 1024 * 1024],
    ['1 GB', 1024 ** 3],
    ['0', undefined],
    ['1.5M', undefined],
    ['ten', undefined],
  ])('%s', (text, bytes) => expect(sizeInBytes(text)).toBe(bytes));
});
