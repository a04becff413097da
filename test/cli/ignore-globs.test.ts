import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

// The config's `ignore` globs mean what the same lines mean in a .gitignore at the root, in `scan`,
// `scan --staged` and `history` alike; what they cannot mean is an error naming the glob, never a glob
// that silently matches nothing (a leading `/` and backslashes did).

const gen = createGen(4711);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`;

afterAll(cleanupRepos);

const FILES = [
  'secrets.env',
  'sub/secrets.env',
  'local.env',
  'sub/deep/local.env',
  'build/out.env',
  'sub/build/out.env',
  'lib/build',
  'docs/a.md',
  'docs/sub/b.md',
  'x/fixtures/y/z.env',
  'fixtures/top.env',
  'kept.env',
];

const GLOBS = [
  '/secrets.env', // anchored: the root's only
  'local.env', // no slash: any depth
  'build/', // directories only: not the file lib/build
  'docs/*.md', // a slash inside: relative to the root, and * stays in one directory
  '**/fixtures/**', // any depth, everything inside
];

const KEPT = ['docs/sub/b.md', 'kept.env', 'lib/build', 'sub/secrets.env'];

describe('config ignore globs', () => {
  it('mean what they mean in a .gitignore, in scan, scan --staged and history alike', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', JSON.stringify({ ignore: GLOBS }));
    repo.commit('config');
    for (const file of FILES) repo.write(file, key());
    repo.git(['add', '-A']);
    const paths = (args: string[]): string[] => {
      const r = repo.cli([...args, '--format', 'json']);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      return json(r).findings.map((f) => f.path).sort();
    };
    expect(paths(['scan'])).toEqual(KEPT);
    expect(paths(['scan', '--staged'])).toEqual(KEPT);
    repo.commit('keys');
    expect(paths(['history'])).toEqual(KEPT);
  });

  it('apply to a path named on the command line, and to what a named directory holds', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', JSON.stringify({ ignore: ['build/'] }));
    repo.write('build/out.env', key());
    const file = repo.cli(['scan', '--format', 'json', 'build/out.env']);
    expect(file.status).toBe(0);
    expect(json(file).stats.notes).toEqual(['build/out.env not scanned: it matches an "ignore" glob in the config']);
    const dir = repo.cli(['scan', '--format', 'json', 'build']);
    expect(dir.status).toBe(0);
    expect(json(dir).stats.notes).toEqual(['build not scanned: it matches an "ignore" glob in the config']);
  });

  it('refuse, with exit code 2 and the glob named, what a .gitignore line would mean and they cannot', () => {
    const repo = makeRepo();
    repo.write('a.env', key());
    const cases: Array<[string, string]> = [
      ['dist\\**', '"ignore[0]" must be a glob with / between directories (a backslash is neither a separator nor an escape here) (got "dist\\\\**")'],
      ['!keep.env', '"ignore[0]" must be a glob without a leading "!" (negation is not supported: narrow the other globs instead) (got "!keep.env")'],
      [' / ', '"ignore[0]" must be a glob that names something (this one matches nothing) (got " / ")'],
    ];
    for (const [glob, said] of cases) {
      writeFileSync(path.join(repo.dir, '.secret-hygiene.json'), JSON.stringify({ ignore: [glob] }));
      const r = repo.cli(['scan']);
      expect(r.status, glob).toBe(2);
      expect(r.stderr).toBe(`secret-hygiene: .secret-hygiene.json: ${said}\n`);
    }
  });
});
