import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo, tempDir } from '../helpers/git-repo.js';

// --format github in GitHub Actions: annotations, a notice when GitHub would cut them, and the job summary.
const gen = createGen(1312);
afterAll(cleanupRepos);

describe('--format github', () => {
  const repo = makeRepo();
  const keys = Array.from({ length: 12 }, () => gen.ibmKey());
  keys.forEach((key, i) => repo.write(`svc-${String(i).padStart(2, '0')}.env`, `IBMCLOUD_API_KEY=${key}\n`));
  repo.write('a|b `x` <img src=y>.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
  repo.commit('keys');
  const summary = path.join(tempDir('sh-summary-'), 'summary.md');

  it('writes every finding to $GITHUB_STEP_SUMMARY, and a notice for the annotations GitHub does not show', () => {
    writeFileSync(summary, '# earlier step\n');
    const result = repo.cli(['scan', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(1);
    const annotations = result.stdout.trim().split('\n');
    expect(annotations.filter((l) => l.startsWith('::error '))).toHaveLength(13);
    expect(annotations.at(-1)).toBe(
      '::notice title=secret-hygiene%3A annotations cut::3 more annotations are not shown (GitHub shows 10 of each type per step): every finding is in the job summary and in the SARIF report',
    );
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown.startsWith('# earlier step\n## secret-hygiene\n')).toBe(true); // appended, as GitHub expects
    expect(markdown).toContain('**13 findings** (13 failing the gate)');
    expect(markdown.match(/^\| svc-\d\d\.env:1 \| \[ibm-cloud-api-key\]/gm)).toHaveLength(12);
    expect(markdown).toContain('| a\\|b \\`x\\` &lt;img src=y&gt;.env:1 |');
    for (const key of keys) expect(markdown).not.toContain(key.slice(4, 16));
  });

  it('writes no notice when every annotation is shown, and no summary outside Actions', () => {
    const history = repo.cli(['history', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: '' } });
    expect(history.stdout).toContain('::notice');
    const one = makeRepo();
    one.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    one.commit('one');
    const r = one.cli(['history', '--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).not.toContain('::notice');
    expect(readFileSync(summary, 'utf8')).toContain('| commit |');
  });
});
