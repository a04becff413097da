import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/index.js';
import { cleanupRepos, json, makeRepo, tempDir } from '../helpers/git-repo.js';

// A token built to break a check (an IAM token whose `exp` is out of Date's range) next to a real key: every
// front door still reports the key, with its exit code, in every mode, on the main thread and on workers.
const g = createGen(91);
const iamToken = g.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://iam.cloud.ibm.com/identity', exp: 1e13 });
const key = g.ibmKey();
const file = `IC_IAM_TOKEN=${iamToken}\nIBMCLOUD_API_KEY=${key}\n`;

afterAll(cleanupRepos);

const rules = (r: ReturnType<typeof json>): string[] => r.findings.map((f) => f.ruleId).sort();

describe('a check that cannot cope with its input costs that input only', () => {
  it('scan reports the token (without an expiry date) and the key beside it', () => {
    const repo = makeRepo();
    repo.write('.env', file);
    const run = repo.cli(['scan', '.', '--format', 'json']);
    expect(run.status, run.stderr).toBe(1);
    const report = json(run);
    expect(rules(report)).toEqual(['ibm-cloud-api-key', 'ibm-iam-token']);
    const token = report.findings.find((f) => f.ruleId === 'ibm-iam-token') as { token?: { expired?: boolean; expiresAt?: string } };
    expect(token.token?.expired).toBe(false);
    expect(token.token?.expiresAt).toBeUndefined();
  });

  it('scan on worker threads gives the same report, with SARIF', () => {
    const dir = tempDir();
    const repo = makeRepo({ dir });
    const filler = `${'x = 1\n'.repeat(230_000)}`; // 1.35 MB each: the run passes the pool's threshold
    for (let i = 0; i < 6; i++) repo.write(`big${i}.txt`, filler);
    repo.write('.env', file);
    const run = repo.cli(['scan', '.', '--format', 'json'], { env: { SECRET_HYGIENE_WORKERS: '2' } });
    expect(run.status, run.stderr).toBe(1);
    expect(rules(json(run))).toEqual(['ibm-cloud-api-key', 'ibm-iam-token']);
    const sarif = repo.cli(['scan', '.', '--format', 'sarif'], { env: { SECRET_HYGIENE_WORKERS: '2' } });
    expect(sarif.status).toBe(1);
    expect((JSON.parse(sarif.stdout) as { runs: Array<{ results: unknown[] }> }).runs[0]?.results).toHaveLength(2);
  });

  it('scan --staged and history (also with the token in a commit message) report it', () => {
    const repo = makeRepo();
    repo.write('.env', file);
    repo.git(['add', '.env']);
    const staged = repo.cli(['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(rules(json(staged))).toEqual(['ibm-cloud-api-key', 'ibm-iam-token']);
    repo.commit(`deploy with ${iamToken}`);
    const history = repo.cli(['history', '--format', 'json']);
    expect(history.status, history.stderr).toBe(1);
    expect(json(history).findings.map((f) => `${f.path} ${f.ruleId}`).sort()).toEqual([
      '(commit-message) ibm-iam-token',
      '.env ibm-cloud-api-key',
      '.env ibm-iam-token',
    ]);
  });
});
