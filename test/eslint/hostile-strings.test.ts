import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/plugin.js';

// The plugin runs in editors on anyone's code: a string built from `const`s that double at each level
// (`const a1 = a0 + a0 + …`) took n⁴ pieces to take apart (50 terms, four levels: seconds and gigabytes for
// one header). Taking a string apart now stops at a budget. No timed assertion: the timeout is the guard.

function doubling(terms: number): string {
  const levels = ["const a0 = 'x';"];
  for (let level = 1; level <= 4; level++) levels.push(`const a${level} = ${Array.from({ length: terms }, () => `a${level - 1}`).join(' + ')};`);
  return `// Bearer Basic\n${levels.join('\n')}\nfetch(u, { headers: { Authorization: a4 } });\nfetch('https://api.ibm.com/' + a4, { headers: { Authorization: 'Basic ' + a4 } });\n`;
}

describe('strings built to explode', () => {
  it('are taken apart within a budget', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(doubling(50), [
      { plugins: { 'secret-hygiene': plugin }, rules: { 'secret-hygiene/no-hardcoded-bearer': 'error', 'secret-hygiene/no-api-connect-basic-auth': 'error' } },
    ]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  }, 5_000);
});
