import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

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
    expect(JSON.parse(first).findings).toEqual([{ ruleId: 'ibm-cloud-api-key', fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), path: 'config/app.env' }]);

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
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'ci/history-baseline.json'), 'utf8')).findings).toHaveLength(1);
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
    const entries = JSON.parse(readFileSync(path.join(repo.dir, '.secret-hygiene-baseline.json'), 'utf8')).findings;
    expect(entries.map((e: { path: string }) => e.path)).toEqual(['a.env']);
  });
});
