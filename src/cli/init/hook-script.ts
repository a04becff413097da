// The text of pre-commit hooks: the line init adds, and how it goes into a file that may already hold lines
// of the user's own. Pure: no disk, no git.

/**
 * A line that already runs the staged scan, however it is spelled (`npx secret-hygiene …`, `node bin/secret-hygiene.js …`):
 * the first `secret-hygiene scan`, then `--staged` anywhere after it, each looked for once (linear on a long line).
 */
const SCAN = /(^|[\s/])secret-hygiene(\.js)?\s+scan\s/;
const STAGED = /\s--staged(\s|$)/;
const runsScanStaged = (line: string): boolean => {
  const scan = SCAN.exec(line);
  return scan !== null && STAGED.test(line.slice(scan.index + scan[0].length - 1));
};

/** Whether a hook script (not counting comments) runs the staged scan. */
export const runsStagedScan = (script: string): boolean =>
  script.split('\n').some((line) => !line.trimStart().startsWith('#') && runsScanStaged(line));

/** A word for `sh`: bare when it is plain, else in single quotes. */
export const shQuote = (word: string): string => (/^[\w./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/**
 * The scan as a hook runs it: `node` on the installed package's own bin, so that neither PATH nor npx decides
 * which scanner runs, from the repository root, where git and husky run hooks. A monorepo package's install
 * is named by its path from there rather than entered with `cd`: git hands hooks a GIT_INDEX_FILE relative to
 * the root, which a `cd` would make point nowhere.
 */
export const scanCommand = (bin: string): string => `node ${shQuote(bin)} scan --staged`;

/** Reads `scanCommand`'s output back: the bin it runs, to check that it is installed. */
export function parseScanCommand(script: string): string | undefined {
  // Leading blanks never cross a line (`^` matches after each one anyway): a file of blank lines stays linear.
  const m = /^[^\S\n\r\u2028\u2029]*node ('(?:[^']|'\\'')*'|[\w./-]+) scan --staged/m.exec(script);
  const word = m?.[1];
  if (!word) return undefined;
  return word.startsWith("'") ? word.slice(1, -1).replaceAll(`'\\''`, "'") : word;
}

const COMMENT = '# secret-hygiene: stop commits that add IBM Cloud credentials (added by `secret-hygiene init`)';

export type HookEdit = { kind: 'unchanged' } | { kind: 'written'; text: string } | { kind: 'refused'; interpreter: string };

/** A script's `#!` line (with its line break), or ''. */
const shebangOf = (script: string): string => /^#!.*(\n|$)/.exec(script)?.[0] ?? '';

/**
 * A husky hook file (`.husky/pre-commit`, run by `sh -e`): the scan first (after a `#!` line), then the
 * lines already there, each kept: after them, an `exit 0` or an `exec` of theirs would end the hook before it.
 */
export function addToHuskyHook(current: string | undefined, command: string): HookEdit {
  if (current === undefined) return { kind: 'written', text: `${command}\n` };
  if (runsStagedScan(current)) return { kind: 'unchanged' };
  const shebang = shebangOf(current);
  return { kind: 'written', text: `${shebang}${shebang && !shebang.endsWith('\n') ? '\n' : ''}${command}\n${current.slice(shebang.length)}` };
}

/**
 * A hook in git's hooks directory. A new one is a small sh script. In an existing shell script the scan goes
 * first, right after the `#!` line, and ends the hook when it fails: the hook's exit code is that of its last
 * command, so a scan appended after the user's lines (or after their `exit 0`) could be ignored. Every line
 * already there is kept. A hook in another language (Python, Node) cannot take a shell line: refused.
 */
export function addToGitHook(current: string | undefined, command: string): HookEdit {
  const line = `${command} || exit $?`;
  if (current === undefined) return { kind: 'written', text: `#!/bin/sh\n${COMMENT}\n${line}\n` };
  if (runsStagedScan(current)) return { kind: 'unchanged' };
  const shebang = shebangOf(current);
  const interpreter = /^#!\s*(?:\S*\/env\s+)?(?:\S*\/)?(\S+)/.exec(shebang)?.[1];
  if (interpreter && !['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash'].includes(interpreter)) return { kind: 'refused', interpreter };
  const rest = current.slice(shebang.length);
  return { kind: 'written', text: `${shebang || '#!/bin/sh\n'}${shebang.endsWith('\n') || !shebang ? '' : '\n'}${COMMENT}\n${line}\n${rest}` };
}
