import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanupRepos, makeRepo, tempDir, type Repo } from '../helpers/git-repo.js';

// The CI gate scans a pull request's checkout, so it must not run anything the checkout provides. A repo
// `.npmrc` with `node-options=--require=./evil.cjs` ran the pull request's code inside the scanner when it
// was started with npm or npx there. The README's workflows install it outside the checkout and run it by
// its path (as action.yml does); these tests hold that to be safe, and the README to it.

afterAll(cleanupRepos);

/** A pull request's checkout whose .npmrc loads its own code into every Node process npm starts. */
function hostileCheckout(): Repo {
  const repo = makeRepo();
  repo.write('.npmrc', 'node-options=--require=./evil.cjs\n');
  repo.write('evil.cjs', "require('fs').writeFileSync(require('path').join(__dirname, 'PWNED'), 'ran inside the scanner');\n");
  repo.write('package.json', JSON.stringify({ name: 'pull-request', version: '1.0.0', scripts: { prepare: 'node evil.cjs' } }));
  repo.commit('a pull request');
  return repo;
}

/** secret-hygiene in the checkout's own `node_modules`, as `npm ci` would leave it there (the package is this one). */
function installIn(checkout: string): void {
  const bin = path.join(checkout, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(BIN, path.join(bin, 'secret-hygiene'));
}

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('installing the CI gate', () => {
  it('npm exec (npx) in the checkout runs the pull request\'s code: the reason not to', () => {
    const repo = hostileCheckout();
    installIn(repo.dir);
    const run = npm(['exec', '--offline', '--no', '--', 'secret-hygiene', 'history', 'HEAD'], repo.dir);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(repo.dir, 'PWNED'))).toBe(true);
  });

  it('the way the README installs and runs it reads nothing of the checkout', () => {
    const repo = hostileCheckout();
    const outside = tempDir('sh-ci-');
    writeFileSync(path.join(outside, 'empty-npmrc'), '');
    // npm run from outside the checkout, with an empty user config, sees no .npmrc of the pull request.
    const config = ['config', 'get', 'node-options', '--prefix', path.join(outside, 'secret-hygiene'), '--userconfig', path.join(outside, 'empty-npmrc')];
    expect(npm(config, outside).stdout.trim()).toBe('null');
    expect(npm(['config', 'get', 'node-options'], repo.dir).stdout.trim()).toBe('--require=./evil.cjs');
    // `node "$SCANNER"` with the package's bin file by its path (here: this checkout's), from the pull request's checkout.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const run = spawnSync(process.execPath, [BIN, 'history', 'HEAD'], { cwd: repo.dir, encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(existsSync(path.join(repo.dir, 'PWNED'))).toBe(false);
  });

  it("the README's workflows install outside the checkout and never run npm or npx in it", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### CI gate'), readme.indexOf('## ESLint plugin'));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((yaml) => /npm install/.test(yaml));
    expect(blocks).toHaveLength(2); // the plain GitHub workflow and the GitLab job
    for (const yaml of blocks) {
      expect(yaml).not.toMatch(/\bnpx\b|npm ci\b|npm exec/);
      const installs = yaml.split('\n').filter((l) => /npm install/.test(l));
      expect(installs).toHaveLength(1);
      expect(installs[0]).toMatch(/--prefix \S*secret-hygiene --userconfig \S+ --ignore-scripts .*secret-hygiene@\d+\.\d+\.\d+/);
      expect(yaml).toMatch(/SCANNER=(\$RUNNER_TEMP|\/tmp)\/secret-hygiene\/node_modules\/secret-hygiene\/bin\/secret-hygiene\.js/);
      const runs = yaml.split('\n').filter((l) => / history /.test(l) && !/^\s*#/.test(l));
      expect(runs.length).toBeGreaterThanOrEqual(2);
      for (const line of runs) expect(line).toMatch(/node "\$SCANNER" history/);
    }
    // Each install runs from outside the checkout.
    expect(blocks[0]).toMatch(/working-directory: \$\{\{ runner\.temp \}\}\n\s+run: \|\n\s+touch empty-npmrc\n\s+npm install/);
    expect(blocks[1]).toMatch(/\(cd \/tmp && touch empty-npmrc && npm install/);
  });
});
