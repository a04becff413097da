import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { parseScanCommand, runsStagedScan } from '../../src/cli/init/hook-script.js';
import plugin from '../../src/eslint/plugin.js';

// A committed hook or config, and a linted file, are written by whoever wrote the repository: these inputs took
// quadratic time (1 MB: about 25 minutes) before their patterns were made linear. Here they must finish at once.
const MB = 1024 * 1024;

describe('hostile hooks and files stay linear', () => {
  it('a hook of one long line of "secret-hygiene scan", and one of blank lines', () => {
    expect(runsStagedScan('secret-hygiene scan '.repeat(MB / 20))).toBe(false);
    expect(runsStagedScan(`${'secret-hygiene scan '.repeat(MB / 20)}--staged`)).toBe(true);
    expect(parseScanCommand('\n'.repeat(MB))).toBeUndefined();
    expect(parseScanCommand(`${'\n'.repeat(MB)}node bin/secret-hygiene.js scan --staged`)).toBe('bin/secret-hygiene.js');
  }, 10_000);

  it('no-api-connect-basic-auth with `hosts` on a string of one long run of letters', () => {
    const linter = new Linter({ configType: 'flat' });
    const config: Linter.Config = {
      plugins: { 'secret-hygiene': plugin },
      rules: { 'secret-hygiene/no-api-connect-basic-auth': ['error', { hosts: ['^apic\\.corp\\.example$'] }] },
    };
    const code = `fetch('https://u:p@${'a'.repeat(MB / 4)}', { headers: { Authorization: 'Basic ' + x } });`;
    expect(linter.verify(code, config).filter((m) => m.fatal)).toEqual([]);
  }, 10_000);
});
