import type pc from 'picocolors';
import { docsUrl } from '../meta.js';
import type { Finding } from '../types.js';

type Colors = ReturnType<typeof pc.createColors>;

/**
 * What a person whose commit the hook just stopped needs next, after the findings (text, `scan --staged`):
 * how to fix it, how to mark a false positive, and what skipping the hook does and does not do.
 * It names rule ids and fixed commands only: nothing from the scanned text.
 */
export function blockedCommitHelp(failing: readonly Finding[], c: Colors): string[] {
  const ids = [...new Set(failing.map((f) => f.ruleId))];
  const width = Math.max(...ids.map((id) => id.length));
  return [
    c.bold('This commit was stopped: it adds the credential' + (failing.length === 1 ? ' above.' : 's above.')),
    `  ${c.bold('Fix it')}: remove it from the change, rotate it, and read it from the environment or a secret store:`,
    ...ids.map((id) => `    ${id.padEnd(width)}  ${docsUrl(id)}`),
    `  ${c.bold('Not a secret?')} Allow it with a comment on its line or the line above:`,
    `    secret-hygiene:allow -- <why it is not a secret>`,
    `  or accept it in the baseline: ${c.cyan('npx secret-hygiene baseline')}, then stage .secret-hygiene-baseline.json`,
    `  ${c.dim('git commit --no-verify skips this check, but the CI gate will still catch the key.')}`,
  ];
}
