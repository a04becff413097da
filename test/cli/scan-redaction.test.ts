import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGen, RULES } from '../../rules/index.js';
import { detect } from '../../src/engine/detect.js';
import { leaks } from '../reporters/leaks.js';
import { tree, write } from '../sources/files-tree.js';
import { cli } from './scan-cli.js';

// Every rule's own positive examples, written to disk and scanned by the built CLI in every format:
// each rule must be found, and no output (stdout, stderr, --debug) may hold a secret.

const gen = createGen(31337);
let dir: string;
const secrets: Array<{ ruleId: string; secret: string }> = [];
const files: string[] = [];

beforeAll(() => {
  dir = tree();
  RULES.forEach((rule) =>
    rule.examples.positive.forEach((example, i) => {
      const text = typeof example.text === 'string' ? example.text : example.text(gen);
      const file = path.join(rule.id, String(i), example.path ?? 'example.txt');
      write(dir, { [file]: text });
      files.push(file);
      for (const m of detect(text, file, RULES)) secrets.push({ ruleId: m.ruleId, secret: m.secret });
    }),
  );
});

describe('no output holds a secret', () => {
  it('finds every rule through the CLI', async () => {
    const r = await cli(['scan', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = new Set((JSON.parse(r.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId));
    expect([...found].sort()).toEqual(RULES.map((rule) => rule.id).sort());
    expect(secrets.length).toBeGreaterThan(RULES.length);
  });

  it.each([['text'], ['json'], ['sarif'], ['github'], ['gitlab']])('%s (with --debug)', async (format) => {
    const r = await cli(['scan', '--format', format, '--debug'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(1);
    for (const { ruleId, secret } of secrets) {
      expect(leaks(r.stdout, secret, files.join('\n')), `${ruleId} in stdout`).toBeUndefined();
      expect(leaks(r.stderr, secret, files.join('\n')), `${ruleId} in stderr`).toBeUndefined();
    }
  });
});
