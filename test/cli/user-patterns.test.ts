import { describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { tree, write } from '../sources/files-tree.js';
import { cli } from './scan-cli.js';

// The config's patterns are the user's, but the text they run on is anyone's: `( +)+!` against a line of
// spaces, or `*a*a…b` against a long file name, took exponential time under V8's and picomatch's backtracking.
// `cli` fails a run that takes more than 20 s.

const gen = createGen(2323);

describe('user patterns take linear time', () => {
  it('an allow regex with nested quantifiers', async () => {
    const dir = tree();
    write(dir, {
      '.secret-hygiene.json': JSON.stringify({ allow: ['( +)+!'] }),
      'app.env': `IBMCLOUD_API_KEY=${gen.ibmKey()}${' '.repeat(5_000)}#\n`,
    });
    const started = Date.now();
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an ignore glob with many stars', async () => {
    const dir = tree();
    write(dir, {
      '.secret-hygiene.json': JSON.stringify({ ignore: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*b'] }),
      [`${'a'.repeat(200)}.env`]: `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`,
    });
    const started = Date.now();
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a regex that has no linear-time algorithm, naming the field', async () => {
    const dir = tree();
    write(dir, { '.secret-hygiene.json': JSON.stringify({ allow: ['^(?!EXAMPLE)'] }) });
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.secret-hygiene\.json: "allow\[0\]" must be a valid regular expression in RE2 syntax/);
  });

  it('says what is wrong with a regex without quoting the key it was written for', async () => {
    const key = gen.ibmKey();
    const dir = tree();
    write(dir, { '.secret-hygiene.json': JSON.stringify({ allow: [`^${key}$(`, 'a**'] }) });
    const r = await cli(['scan'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"allow[0]" must be a valid regular expression in RE2 syntax (JavaScript's, without backreferences or lookaround): missing closing ), in a part of ${key.length + 3} characters`);
    for (let i = 0; i + 8 <= key.length; i++) expect(r.stderr).not.toContain(key.slice(i, i + 8));
    write(dir, { '.secret-hygiene.json': JSON.stringify({ allow: ['a**'] }) });
    expect((await cli(['scan'], { cwd: dir })).stderr).toContain('invalid nested repetition operator: `**`');
  });
});
