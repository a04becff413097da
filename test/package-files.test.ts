import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_URL } from '../src/meta.js';

// What `npm pack` puts in the package: what a user runs and reads, nothing of the repository's own tests.
const root = fileURLToPath(new URL('..', import.meta.url));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>;
const files = (packed?.files ?? []).map((f) => f.path);
const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get', 'license', 'repository', 'homepage', 'bugs', 'keywords', '--json'], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;

describe('the npm package', () => {
  it('holds no tests, fixtures or benchmarks', () => {
    for (const dir of ['test/', 'fixtures/', 'bench/', 'dist/test/', 'dist/bench/', 'scripts/', '.ci/', '.husky/']) expect(files.filter((f) => f.startsWith(dir)), dir).toEqual([]);
  });

  it('holds the CLI, the built code, the docs, the config schema, the hook manifest, the licence and the README', () => {
    const cli = ['bin/secret-hygiene.js', 'bin/package.json', 'bundle/cli.cjs', 'bundle/worker.cjs', 'bundle/re2.cjs', 'bundle/THIRD_PARTY_LICENSES.txt'];
    const library = ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/main.js', 'dist/rules/index.js', 'dist/rules/index.d.ts'];
    const plugin = ['dist/eslint-plugin.js', 'dist/src/eslint/plugin.d.ts', 'dist/src/eslint/typed-rules.d.ts'];
    for (const file of [...cli, ...library, ...plugin, 'docs/rules/ibm-cloud-api-key.md', 'schema/secret-hygiene.schema.json', '.pre-commit-hooks.yaml', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, file).toContain(file);
    }
    // The plugin runs from its bundle: tsc's build of it imports @typescript-eslint/utils, which is no dependency.
    expect(files.filter((f) => /^dist\/src\/eslint\/.*\.js$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    // V8's compile cache of a developer's runs (bin/secret-hygiene.js) belongs to their machine.
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    // action.yml is not in it: GitHub runs actions from the repository at a tag, never from the npm package.
    expect(files).not.toContain('action.yml');
  });

  it('says where it comes from: MIT licence, repository, homepage, bugs, keywords', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(new URL('../LICENSE', import.meta.url), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    expect(pkg.keywords).toEqual(expect.arrayContaining(['ibm-cloud', 'secrets', 'pre-commit', 'eslint-plugin']));
  });
});
