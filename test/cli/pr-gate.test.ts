import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, type CliResult, type Repo } from '../helpers/git-repo.js';
import { sarifErrors } from '../reporters/sarif-schema.js';

// SPEC §3: a pull-request range is judged by its base's config and baseline. A pull request that adds a
// key and, beside it, a config or baseline that would hide the key still fails the gate, and the change
// is reported as a warning that was not applied.

const gen = createGen(9090);
afterAll(cleanupRepos);

interface Report {
  findings: Array<{ path: string }>;
  suppressed: Array<{ path: string; suppression: { kind: string; justification?: string } }>;
  warnings: Array<{ path: string; severity: string; message: string }>;
}
const report = (r: CliResult): Report => json(r) as unknown as Report;

/** `main` with a README; `pr` branched from it, checked out. */
function prRepo(): Repo {
  const repo = makeRepo();
  repo.write('README.md', '# app\n');
  repo.commit('init');
  repo.git(['checkout', '-q', '-b', 'pr']);
  return repo;
}

const SILENCERS: Array<[string, string, RegExp]> = [
  ['ignores everything', '{"ignore": ["**"]}', /ignore adds "\*\*"/],
  ['turns the rule off', '{"rules": {"ibm-cloud-api-key": "off"}}', /turns off "ibm-cloud-api-key"/],
  ['allows any text', '{"allow": ["."]}', /allow adds 1 pattern/],
  // maxFileSize no longer skips anything (it is the segment size), but a change to it is still a change to the gate.
  ['changes the size of segments', '{"maxFileSize": "1"}', /maxFileSize unset → 1/],
  ['gives a key twice (the last would win)', '{"rules": {"ibm-cloud-api-key": "on", "ibm-cloud-api-key": "off"}}', /it would be rejected: not valid JSON: duplicate key "ibm-cloud-api-key"/],
];

describe('a pull request cannot switch off its own gate', () => {
  it.each(SILENCERS)('a config that %s is reported, and not applied', (_name, config, change) => {
    const repo = prRepo();
    repo.write('deploy.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('.secret-hygiene.json', config);
    repo.commit('add the key and silence the gate');
    for (const range of [['main..pr'], ['main...pr'], ['^main', 'pr']]) {
      const r = repo.cli(['history', ...range, '--format', 'json']);
      expect(r.status, range.join(' ')).toBe(1);
      const { findings, warnings } = report(r);
      expect(findings.map((f) => f.path)).toEqual(['deploy.env']);
      expect(warnings).toEqual([{ path: '.secret-hygiene.json', severity: 'warning', message: expect.stringMatching(change) }]);
      expect(warnings[0]?.message).toMatch(/not applied: this run uses none: there is no \.secret-hygiene\.json at the base [0-9a-f]{12}$/);
    }
    // The same change in the work tree outside a range is the repository's own config, and applies (a
    // segment size hides nothing, so that one still finds the key).
    const own = repo.cli(['scan']).status;
    if (config.includes('maxFileSize')) expect(own).toBe(1);
    else expect(own).not.toBe(1);
  });

  it('a --config naming its own file through a linked directory, or through a link to it, is read from the base too', () => {
    const repo = prRepo();
    repo.write('deploy.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('.secret-hygiene.json', '{"rules": {"ibm-cloud-api-key": "off"}}');
    repo.commit('add the key and silence the gate');
    const linkedRoot = `${repo.dir}-linked`;
    symlinkSync(repo.dir, linkedRoot);
    const linkedFile = `${repo.dir}-config.json`;
    symlinkSync(path.join(repo.dir, '.secret-hygiene.json'), linkedFile);
    try {
      for (const flags of [
        ['--config', path.join(linkedRoot, '.secret-hygiene.json')],
        ['--config', linkedFile],
      ]) {
        const r = repo.cli(['history', 'main..pr', '--format', 'json', ...flags]);
        expect(r.status, flags.join(' ')).toBe(1);
        expect(report(r).findings.map((f) => f.path)).toEqual(['deploy.env']);
      }
    } finally {
      rmSync(linkedRoot);
      rmSync(linkedFile);
    }
  });

  it('a baseline entry for its own key is reported, and not applied', () => {
    const repo = prRepo();
    repo.write('deploy.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(repo.cli(['baseline']).status).toBe(0);
    repo.commit('add the key and accept it');
    expect(repo.cli(['scan']).status).toBe(0);
    const r = repo.cli(['history', 'main..pr', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(report(r).warnings).toEqual([
      { path: '.secret-hygiene-baseline.json', severity: 'warning', message: expect.stringMatching(/^\.secret-hygiene-baseline\.json changed in this range \(1 entry added; the fingerprint salt changed\); not applied/) },
    ]);
  });

  it("keeps the base's config: deleting it in the range changes nothing but a warning", () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '{"ignore": ["fixtures/**"]}');
    repo.write('fixtures/sample.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('init');
    repo.git(['checkout', '-q', '-b', 'pr']);
    repo.git(['rm', '-q', '.secret-hygiene.json']);
    repo.write('fixtures/other.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('app.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('drop the config');
    const r = repo.cli(['history', 'main..pr', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(report(r).findings.map((f) => f.path)).toEqual(['app.env']);
    expect(report(r).warnings[0]?.message).toMatch(/^\.secret-hygiene\.json changed in this range \(deleted\); not applied: this run uses the version at the base/);
    const text = repo.cli(['history', 'main..pr']);
    expect(text.stdout).toMatch(/\.secret-hygiene\.json\n {2}warning {2}gate-settings-changed {2}\.secret-hygiene\.json changed in this range \(deleted\)/);
    const github = repo.cli(['history', 'main..pr', '--format', 'github']);
    expect(github.stdout).toMatch(/^::warning file=\.secret-hygiene\.json,line=1,title=secret-hygiene gate-settings-changed::/m);
  });

  it('a config replaced by a symbolic link is described, not followed', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '{"ignore": ["dist/**"]}');
    repo.commit('init');
    repo.git(['checkout', '-q', '-b', 'pr']);
    repo.git(['rm', '-q', '.secret-hygiene.json']);
    symlinkSync('/etc/hostname', path.join(repo.dir, '.secret-hygiene.json'));
    repo.write('app.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('a link for a config');
    const r = repo.cli(['history', 'main..pr', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(report(r).warnings[0]?.message).toMatch(/changed in this range \(it is no longer a regular file \(mode 120000\)\); not applied/);
  });

  it('a change that the base would accept anyway still does not fail the gate by itself', () => {
    const repo = prRepo();
    repo.write('.secret-hygiene.json', '{"ignore": ["dist/**"]}');
    repo.commit('ignore dist');
    const r = repo.cli(['history', 'main..pr', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(report(r).warnings).toHaveLength(1);
  });

  it('refuses a range with no single base, rather than judge it by the wrong rules', () => {
    const repo = prRepo();
    repo.commit('x');
    const r = repo.cli(['history', '^main', '^pr~1', 'pr']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot tell the base revision/);
  });
});

describe('inline allow comments added in the range', () => {
  it('are honoured, and stay visible as suppressed in every format', () => {
    const repo = prRepo();
    repo.write('docs/example.md', `# secret-hygiene:allow -- revoked sample\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('document the sample');
    const r = repo.cli(['history', 'main..pr', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(report(r).findings).toEqual([]);
    expect(report(r).suppressed.map((f) => [f.path, f.suppression])).toEqual([['docs/example.md', { kind: 'inSource', justification: 'revoked sample' }]]);
    expect(repo.cli(['history', 'main..pr']).stdout).toMatch(/^ {2}1 finding allowed inline/m);
    expect(repo.cli(['history', 'main..pr', '--format', 'github']).stdout).toMatch(/^::notice title=secret-hygiene::1 finding allowed inline/m);
    const sarif = JSON.parse(repo.cli(['history', 'main..pr', '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ suppressions?: unknown }> }> };
    expect(sarifErrors(sarif)).toBe('');
    expect(sarif.runs[0]?.results.map((x) => x.suppressions)).toEqual([[{ kind: 'inSource', justification: 'revoked sample' }]]);
  });
});
