import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, tempDir, type Repo } from '../helpers/git-repo.js';
import { sarifErrors } from '../reporters/sarif-schema.js';

// File names are bytes. Names that are not UTF-8 (`conf\xe9`, `creds\xff.env`) must be walked, opened
// and read as bytes, and reported without loss: text shows each stray byte as \xNN, JSON adds the exact
// bytes (base64 `pathBytes`), SARIF percent-encodes them into the URI.

const gen = createGen(0xe9);
const key = (): string => `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`;

afterAll(cleanupRepos);

/** `conf\xe9/a.env` and `creds\xff.env`, each holding a key, under `repo.dir`. */
function writeByteNames(repo: Repo): void {
  const dir = Buffer.concat([Buffer.from(`${repo.dir}/conf`), Buffer.from([0xe9])]);
  mkdirSync(dir);
  writeFileSync(Buffer.concat([dir, Buffer.from('/a.env')]), key());
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/creds`), Buffer.from([0xff]), Buffer.from('.env')]), key());
}

const EXPECTED = [
  { path: 'conf\\xe9/a.env', pathBytes: Buffer.from([...Buffer.from('conf'), 0xe9, ...Buffer.from('/a.env')]).toString('base64') },
  { path: 'creds\\xff.env', pathBytes: Buffer.from([...Buffer.from('creds'), 0xff, ...Buffer.from('.env')]).toString('base64') },
];
const named = (result: ReturnType<Repo['cli']>) => json(result).findings.map((f) => ({ path: f.path, pathBytes: f.pathBytes }));

describe('names that are not UTF-8', () => {
  it('scan finds the keys in them, and every format names them without loss', () => {
    const repo = makeRepo({ init: false });
    writeByteNames(repo);
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(named(r)).toEqual(EXPECTED);
    expect(json(r).stats.skipped).toEqual({ binary: 0, files: [] });

    const text = repo.cli(['scan']);
    expect(text.stdout).toContain('conf\\xe9/a.env\n  1:18  ibm-cloud-api-key');
    expect(text.stdout).toContain('creds\\xff.env\n  1:18  ibm-cloud-api-key');

    const sarif = repo.cli(['scan', '--format', 'sarif']);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarifErrors(log)).toBe('');
    expect(log.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['conf%E9/a.env', 'creds%FF.env']);
  });

  it("git's ignore rules and a nested repository apply to them byte for byte", () => {
    const repo = makeRepo();
    writeByteNames(repo);
    // A name that *shows* like the ignored one (a literal backslash) is another file: it is scanned.
    repo.write('creds\\xff.env', key());
    writeFileSync(`${repo.dir}/.gitignore`, Buffer.concat([Buffer.from('/creds'), Buffer.from([0xff]), Buffer.from('.env\n')]));
    // A nested repository inside the directory whose name is not UTF-8, with its own rules: made under a
    // plain name (git takes no bytes on its command line either), then moved there.
    const inner = makeRepo({ dir: tempDir('sh-inner-') });
    inner.write('.gitignore', 'ignored.env\n');
    inner.write('ignored.env', key());
    renameSync(inner.dir, Buffer.concat([Buffer.from(`${repo.dir}/conf`), Buffer.from([0xe9]), Buffer.from('/lib')]));
    const r = repo.cli(['scan', '--format', 'json']);
    expect(r.status, r.stderr).toBe(1);
    expect(named(r)).toEqual([EXPECTED[0], { path: 'creds\\xff.env', pathBytes: undefined }]);
    expect(json(r).stats.files).toBe(4); // both .gitignore files and the two keys: not creds\xff.env, not lib/ignored.env
  });

  it('scan --staged and history find them, and name them the same way', () => {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    repo.commit('init');
    writeByteNames(repo);
    repo.git(['add', '-A']);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(named(staged)).toEqual(EXPECTED);
    repo.commit('keys');
    const history = repo.cli(['history', '--format', 'json']);
    expect(history.status, history.stderr).toBe(1);
    expect(named(history)).toEqual(EXPECTED);
  });

  it('scan --staged reads the text diff of a file git takes for binary, named with a cut-off UTF-8 sequence', () => {
    const repo = makeRepo();
    // `\xe2\x82`: a sequence cut short, which decodes as one U+FFFD, but is two bytes for git's `?`.
    const name = Buffer.concat([Buffer.from(`${repo.dir}/k`), Buffer.from([0xe2, 0x82]), Buffer.from('.env')]);
    repo.write('.gitattributes', '*.env binary\n');
    writeFileSync(name, 'X=1\n');
    repo.commit('init');
    writeFileSync(name, `X=1\n${key()}`);
    repo.git(['add', '-A']);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(json(staged).findings.map((f) => [f.path, f.line])).toEqual([['k\\xe2\\x82.env', 2]]);
  });
});
