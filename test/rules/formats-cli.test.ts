import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/index.js';
import { renderTemplate } from './templates.js';

// The same fixtures, rendered into a directory and scanned by the built CLI as a user would run it:
// the findings must be the expected ones, and no generated secret may appear in any output format.
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = path.join(root, 'fixtures/formats');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, string[]>;
const work = mkdtempSync(path.join(tmpdir(), 'secret-hygiene-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Every generated value long enough to be a secret, recorded as the templates are rendered. 32-hex values
 * are account and access key ids, which findings may name (`ibm-iam-token` reports the account).
 */
const secrets: string[] = [];
const gen = createGen(11);
const recording = new Proxy(gen, {
  get(target, prop: keyof typeof gen) {
    const fn = target[prop] as (...args: unknown[]) => string;
    return (...args: unknown[]) => {
      const value = fn(...args);
      const id = prop === 'hex' && args[0] === 32;
      if (value.length >= 16 && prop !== 'base64' && !id) secrets.push(value);
      return value;
    };
  },
});
for (const file of Object.keys(expected)) {
  writeFileSync(path.join(work, file), renderTemplate(readFileSync(path.join(dir, file), 'utf8'), recording));
}

function scan(format: string): string {
  try {
    return execFileSync('node', [path.join(root, 'bin/secret-hygiene.js'), 'scan', '.', '--format', format], { cwd: work, encoding: 'utf8' });
  } catch (error) {
    // Exit 1 means findings: that is what this scan expects.
    const e = error as { status?: number; stdout?: string };
    if (e.status === 1 && e.stdout) return e.stdout;
    throw error;
  }
}

describe('the built CLI on the format fixtures', () => {
  it('finds exactly the expected lines', () => {
    const report = JSON.parse(scan('json')) as { findings: Array<{ path: string; line: number; ruleId: string }> };
    const found: Record<string, string[]> = Object.fromEntries(readdirSync(work).map((f) => [f, []]));
    for (const f of report.findings) found[f.path]?.push(`${f.line} ${f.ruleId}`);
    expect(found).toEqual(expected);
  });

  it.each(['text', 'json', 'sarif', 'github', 'gitlab'])('never prints a secret (%s)', (format) => {
    const out = scan(format);
    expect(secrets.length).toBeGreaterThan(50);
    expect(secrets.filter((s) => out.includes(s))).toEqual([]);
  });
});
