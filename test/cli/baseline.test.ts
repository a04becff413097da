import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo, type Repo } from '../helpers/git-repo.js';

const gen = createGen(99);
afterAll(cleanupRepos);

describe('baseline', () => {
  it('writes the findings at the work-tree root, holds no secret and does not churn when lines move', () => {
    const repo = makeRepo();
    const secret = gen.ibmKey();
    repo.write('config/app.env', `IBMCLOUD_API_KEY=${secret}\n`);
    repo.commit('debt');
    const written = repo.cli(['baseline'], { cwd: path.join(repo.dir, 'config') });
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/wrote 1 entry \(1 findings\)/);
    const file = path.join(repo.dir, '.secret-hygiene-baseline.json');
    const first = readFileSync(file, 'utf8');
    expect(first).not.toContain(secret);
    expect(first).not.toMatch(/"line"|"date"|"time"/);
    expect(JSON.parse(first).files).toEqual([{ ruleId: 'ibm-cloud-api-key', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), path: 'config/app.env' }]);

    const scan = repo.cli(['scan', '--format', 'json']);
    expect(scan.status).toBe(0);
    expect(json(scan).stats.baselined).toBe(1);

    repo.write('config/app.env', `# moved down\n\nNAME=demo\nIBMCLOUD_API_KEY=${secret}\n`);
    expect(repo.cli(['baseline']).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('accepts the history with --history, and writes where --baseline says', () => {
    const repo = makeRepo();
    repo.write('old.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('debt');
    repo.git(['rm', '-q', 'old.env']);
    repo.commit('removed, still in history');
    expect(repo.cli(['history']).status).toBe(1);
    const written = repo.cli(['baseline', '--history', '--baseline', 'ci/history-baseline.json']);
    expect(written.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'ci/history-baseline.json'), 'utf8')).history).toHaveLength(1);
    expect(repo.cli(['history', '--baseline', 'ci/history-baseline.json']).status).toBe(0);
    repo.write('new.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.commit('a new one');
    expect(repo.cli(['history', '--baseline', 'ci/history-baseline.json']).status).toBe(1);
  });

  it('drops entries whose secret is gone when rewritten', () => {
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('b.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.cli(['baseline']);
    repo.write('b.env', 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    repo.cli(['baseline']);
    const entries = JSON.parse(readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8')).files;
    expect(entries.map((e: { path: string }) => e.path)).toEqual(['a.env']);
  });
});

const baselineFile = (repo: Repo): { version: number; salt?: string; files: Entry[]; history: Entry[] } =>
  JSON.parse(readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8'));
interface Entry {
  ruleId: string;
  fingerprint: string;
  path: string;
}

/** A repository whose history holds a key no longer in the work tree, and whose work tree holds another. */
function debtRepo(): Repo {
  const repo = makeRepo();
  repo.write('old.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
  repo.commit('debt in history');
  repo.git(['rm', '-q', 'old.env']);
  repo.write('live.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
  repo.commit('debt in the tree');
  return repo;
}

describe('one baseline file for both modes', () => {
  it.each([
    ['baseline --history, then baseline', [['baseline', '--history'], ['baseline']]],
    ['baseline, then baseline --history', [['baseline'], ['baseline', '--history']]],
  ])('%s: neither drops the other', (_name, runs) => {
    const repo = debtRepo();
    for (const args of runs) expect(repo.cli(args).status).toBe(0);
    expect(repo.cli(['history']).status).toBe(0);
    expect(repo.cli(['scan']).status).toBe(0);
    const file = baselineFile(repo);
    expect(file.files.map((e) => e.path)).toEqual(['live.env']);
    expect(file.history.map((e) => e.path)).toEqual(['live.env', 'old.env']);
  });

  it('baseline PATH replaces only the entries under PATH', () => {
    const repo = makeRepo();
    repo.write('a/x.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('b/y.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(repo.cli(['baseline']).status).toBe(0);
    repo.write('a/x.env', 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    expect(repo.cli(['baseline', 'a']).status).toBe(0);
    expect(baselineFile(repo).files.map((e) => e.path)).toEqual(['b/y.env']);
  });

  it('baseline PATH outside the root replaces the entries under PATH, which findings name by absolute path', () => {
    const repo = makeRepo();
    const outside = makeRepo({ init: false });
    outside.write('z.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('b/y.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(repo.cli(['baseline', '.', outside.dir]).status).toBe(0);
    const z = path.join(outside.dir, 'z.env').split(path.sep).join('/');
    expect(baselineFile(repo).files.map((e) => e.path)).toEqual([z, 'b/y.env']);
    outside.write('z.env', 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    expect(repo.cli(['baseline', outside.dir]).status).toBe(0);
    expect(baselineFile(repo).files.map((e) => e.path)).toEqual(['b/y.env']);
  });

  it('a name that starts with two dots is inside the root: reported and scoped relative to it', () => {
    const repo = makeRepo();
    repo.write('..cfg/creds.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('..top.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(json(repo.cli(['scan', '--no-baseline', '--format', 'json'])).findings.map((f: { path: string }) => f.path)).toEqual(['..cfg/creds.env', '..top.env']);
    expect(repo.cli(['baseline']).status).toBe(0);
    repo.write('..cfg/creds.env', 'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}\n');
    expect(repo.cli(['baseline', '..cfg']).status).toBe(0);
    expect(baselineFile(repo).files.map((e) => e.path)).toEqual(['..top.env']);
  });

  it('--no-baseline reports what the baseline accepts; an empty --baseline is a usage error', () => {
    const repo = debtRepo();
    expect(repo.cli(['baseline']).status).toBe(0);
    expect(repo.cli(['scan']).status).toBe(0);
    const all = repo.cli(['scan', '--no-baseline', '--format', 'json']);
    expect(all.status).toBe(1);
    expect(json(all).findings.map((f) => f.path)).toEqual(['live.env']);
    for (const args of [['scan', '--baseline', ''], ['scan', '--baseline='], ['scan', '--no-baseline', '--baseline', 'b.json'], ['baseline', '--no-baseline']]) {
      const r = repo.cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--baseline needs a value|contradict|--no-baseline goes with scan and history/);
    }
  });
});

describe('fingerprints are keyed with the repository salt', () => {
  const basic = 'admin:Summer2024!'; // secret-hygiene:allow -- the low-entropy credential of the dictionary attack
  const unsalted = createHash('sha256').update(`api-connect-basic-auth:${basic}`).digest('hex');
  const basicRepo = (): Repo => {
    const repo = makeRepo();
    repo.write('deploy.sh', `curl -u ${basic} https://us.apiconnect.ibmcloud.com/v1/me\n`);
    repo.commit('deploy');
    return repo;
  };

  it('keeps no unsalted hash in the baseline, and the salt makes the fingerprint stable', () => {
    const repo = basicRepo();
    expect(repo.cli(['baseline']).status).toBe(0);
    const file = baselineFile(repo);
    const text = readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8');
    expect(file.version).toBe(2);
    expect(file.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(text).not.toContain(unsalted);
    const keyed = createHmac('sha256', Buffer.from(file.salt ?? '', 'hex')).update(`api-connect-basic-auth:${basic}`).digest('hex');
    expect(file.files).toEqual([{ ruleId: 'api-connect-basic-auth', fingerprint: keyed, path: 'deploy.sh' }]);

    // Stable: the baseline does not churn, and SARIF's partialFingerprints are the baseline's, run after run.
    expect(repo.cli(['baseline']).status).toBe(0);
    expect(readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8')).toBe(text);
    const sarif = (args: string[]) =>
      (JSON.parse(repo.cli([...args, '--no-baseline', '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }).runs[0]?.results[0]
        ?.partialFingerprints;
    expect(sarif(['scan'])).toEqual({ 'secretHygiene/v1': keyed });
    expect(sarif(['history'])).toEqual({ 'secretHygiene/v1': keyed });
  });

  it('gives the same secret another fingerprint in another repository', () => {
    const [a, b] = [basicRepo(), basicRepo()];
    for (const repo of [a, b]) expect(repo.cli(['baseline']).status).toBe(0);
    expect(baselineFile(a).files[0]?.fingerprint).not.toBe(baselineFile(b).files[0]?.fingerprint);
  });

  it('still honours a version 1 baseline, and upgrades it when rewritten', () => {
    const repo = basicRepo();
    repo.write('.secret-hygiene-baseline.json', JSON.stringify({ version: 1, findings: [{ ruleId: 'api-connect-basic-auth', fingerprint: unsalted, path: 'deploy.sh' }] }));
    const scan = repo.cli(['scan', '--format', 'json']);
    expect(scan.status).toBe(0);
    expect(json(scan).stats.baselined).toBe(1);
    const upgrade = repo.cli(['baseline']);
    expect(upgrade.status).toBe(0);
    expect(upgrade.stdout).toMatch(/upgraded \.secret-hygiene-baseline\.json to version 2 .*its 1 version 1 entries were replaced/);
    expect(baselineFile(repo).salt).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8')).not.toContain(unsalted);
    expect(repo.cli(['scan']).status).toBe(0);
  });
});
