import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { docsUrl } from '../../src/meta.js';
import { cleanupRepos, json, makeRepo } from '../helpers/git-repo.js';

// What a commit stopped by the hook says (text, scan --staged), and that what it says works.
const gen = createGen(5150);
afterAll(cleanupRepos);

describe('a blocked commit', () => {
  const repo = makeRepo();
  repo.write('README.md', 'hello\n');
  repo.commit('init');
  const key = gen.ibmKey();
  repo.write('app.env', `NAME=demo\nIBMCLOUD_API_KEY=${key}\n`);
  repo.git(['add', 'app.env']);

  it('says where, the doc page, the fingerprint, how to allow or baseline it, and what --no-verify does', () => {
    const text = repo.cli(['scan', '--staged']);
    expect(text.status).toBe(1);
    const [finding] = json(repo.cli(['scan', '--staged', '--format', 'json'])).findings;
    expect(text.stdout).toContain('app.env\n  2:18  ibm-cloud-api-key');
    expect(text.stdout).toContain(`fingerprint ${String(finding?.fingerprint)}`);
    expect(text.stdout).toContain(docsUrl('ibm-cloud-api-key'));
    expect(text.stdout).toContain('secret-hygiene:allow -- ');
    expect(text.stdout).toContain('npx secret-hygiene baseline');
    expect(text.stdout).toMatch(/git commit --no-verify skips this check, but the CI gate will still catch the key/);
    expect(text.stdout).not.toContain(key);
    expect(text.stdout).not.toContain(key.slice(4, 20));
  });

  it('is only for the staged scan, and not with --quiet', () => {
    const files = repo.cli(['scan', 'app.env']);
    expect(files.status).toBe(1);
    expect(files.stdout).not.toContain('fingerprint');
    expect(files.stdout).not.toContain('--no-verify');
    const quiet = repo.cli(['scan', '--staged', '--quiet']);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).not.toContain('--no-verify');
  });

  it('is true: the baseline it names lets the commit through', () => {
    expect(repo.cli(['baseline']).status).toBe(0);
    expect(repo.cli(['scan', '--staged']).status).toBe(0);
  });

  it('is true: the allow comment on the line above lets it through', () => {
    const fresh = makeRepo();
    fresh.write('app.env', `# secret-hygiene:allow -- sandbox key, revoked\nIBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    fresh.git(['add', 'app.env']);
    expect(fresh.cli(['scan', '--staged']).status).toBe(0);
  });
});
