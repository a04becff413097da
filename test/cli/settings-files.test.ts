import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';
import { cli } from './scan-cli.js';

// The config and the baseline are files the scanned tree may provide: reading them must not hang, must not
// quote them in errors, and must not let JSON's "last key wins" change what the file seems to say.

const gen = createGen(4711);
afterAll(cleanupRepos);

describe('reading the config and the baseline', () => {
  it.each([['--config'], ['--baseline']])('refuses a FIFO given as %s, at once', async (flag) => {
    const repo = makeRepo();
    execFileSync('mkfifo', [path.join(repo.dir, 'pipe.json')]);
    const started = Date.now();
    const r = await cli(['scan', flag, 'pipe.json'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*pipe\.json: not a regular file/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses a FIFO at the default config path, and /dev/stdin', async () => {
    const repo = makeRepo();
    execFileSync('mkfifo', [path.join(repo.dir, '.secret-hygiene.json')]);
    const r = await cli(['scan'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.secret-hygiene\.json: not a regular file/);
    const stdin = await cli(['scan', '--config', '/dev/stdin'], { cwd: makeRepo().dir });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/not a regular file/);
  });

  it('accepts a UTF-8 BOM', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '\uFEFF{"rules": {"jwt": "off"}}\n');
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    expect(repo.cli(['scan']).status).toBe(1);
  });

  it('quotes nothing of the file in a JSON syntax error: line and column only', () => {
    const repo = makeRepo();
    const secret = gen.ibmKey();
    repo.write('.secret-hygiene.json', `{\n  "allow": ["x"]\n  ${secret}\n}\n`);
    repo.write('baseline.json', `{"version": 1, "findings": [ ${secret} ]}`);
    const config = repo.cli(['scan']);
    expect(config.status).toBe(2);
    expect(config.stderr).toBe("secret-hygiene: .secret-hygiene.json: not valid JSON: expected ',' or '}' at line 3, column 3\n");
    writeFileSync(path.join(repo.dir, '.secret-hygiene.json'), '{}');
    const baseline = repo.cli(['scan', '--baseline', 'baseline.json']);
    expect(baseline.status).toBe(2);
    expect(baseline.stderr).toBe('secret-hygiene: baseline.json: not valid JSON: expected a value at line 1, column 30\n');
  });

  it('rejects a key given twice, naming the file and the key', () => {
    const repo = makeRepo();
    repo.write('.secret-hygiene.json', '{\n  "rules": {\n    "ibm-cloud-api-key": "on",\n    "ibm-cloud-api-key": "off"\n  }\n}\n');
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    const r = repo.cli(['scan']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'secret-hygiene: .secret-hygiene.json: not valid JSON: duplicate key "ibm-cloud-api-key" (JSON would silently keep only the last one) at line 4, column 5\n',
    );
  });
});
