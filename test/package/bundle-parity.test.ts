import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/index.js';
import { renderTemplate } from '../rules/templates.js';

// The CLI runs from one esbuild bundle, the library from tsc's build of the same sources: on the format
// fixtures they must report the same findings, in every format, byte for byte but for the time taken.
type Library = typeof import('../../src/index.js');

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'fixtures/formats');
const work = mkdtempSync(path.join(tmpdir(), 'sh-parity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const gen = createGen(23);
for (const file of Object.keys(JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as object)) {
  writeFileSync(path.join(work, file), renderTemplate(readFileSync(path.join(fixtures, file), 'utf8'), gen));
}

function cli(format: string): string {
  try {
    return execFileSync(process.execPath, [path.join(root, 'bin/secret-hygiene.js'), 'scan', '.', '--format', format], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  } catch (error) {
    const e = error as { status?: number; stdout?: string };
    if (e.status === 1 && e.stdout) return e.stdout; // findings: what these files hold
    throw error;
  }
}

/** What differs from one run to the next: the time the scan took, and when it ran (gitlab). */
const untimed = (report: string): string =>
  report
    .replace(/"durationMs": ?\d+/g, '"durationMs":0')
    .replace(/, \d+(\.\d+)? s\)/g, ', 0 s)')
    .replace(/"(start|end)_time": ?"[^"]*"/g, '"$1_time":""');

describe('the bundled CLI and the library', () => {
  it.each(['json', 'sarif', 'text', 'github', 'gitlab'])('report the same on the format fixtures (%s)', async (format) => {
    // Loaded by path, not by name: dist/ is built by the global setup, after the type check has run.
    const library = (await import(path.join(root, 'dist/src/index.js'))) as Library;
    const result = await library.scanFiles(['.'], { cwd: work });
    expect(result.findings.length).toBeGreaterThan(50);
    const fromLibrary = await library.formatReport(result, format as Parameters<Library['formatReport']>[1]);
    expect(untimed(cli(format))).toBe(untimed(fromLibrary));
  });
});
