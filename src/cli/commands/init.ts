import { spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CONFIG_FILE } from '../../config.js';
import { CONFIG_SCHEMA_FILE } from '../../config-schema.js';
import { ScanError } from '../../errors.js';
import { gitRunner } from '../../sources/git.js';
import { RULE_IDS } from '../../types.js';
import { workTreeRoot } from '../context.js';

export const HOOK_FILE = '.husky/pre-commit';
export const HOOK_LINE = 'secret-hygiene scan --staged';

/** A line that already runs the staged scan, however it is spelled (`npx secret-hygiene …`, `node bin/secret-hygiene.js …`). */
const RUNS_STAGED_SCAN = /(^|[\s/])secret-hygiene(\.js)?\s+scan\s+(.*\s)?--staged(\s|$)/;

/**
 * Every rule on, no ignores, no allow patterns: the fields a user edits, with nothing decided for them.
 * `$schema` (the installed package's schema, relative to the config file) gives editors completion and checks.
 */
export function starterConfig(schema: string): string {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, 'on']));
  return `${JSON.stringify({ $schema: schema, ignore: [], rules, allow: [] }, null, 2)}\n`;
}

const exists = (file: string): Promise<boolean> =>
  access(file, constants.F_OK).then(
    () => true,
    () => false,
  );

/** Adds the staged scan to the hook file, creating it, and never touching a line already there. */
async function addHookLine(root: string): Promise<string> {
  const file = path.join(root, HOOK_FILE);
  const current = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ScanError('unreadable', `cannot read ${HOOK_FILE}: ${error.message}`);
  });
  if (current === undefined) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${HOOK_LINE}\n`);
    await chmod(file, 0o755);
    return `created ${HOOK_FILE} running \`${HOOK_LINE}\``;
  }
  if (current.split('\n').some((line) => !line.trimStart().startsWith('#') && RUNS_STAGED_SCAN.test(line))) {
    return `${HOOK_FILE} already runs the staged scan`;
  }
  await writeFile(file, `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${HOOK_LINE}\n`);
  return `added \`${HOOK_LINE}\` to the end of ${HOOK_FILE}`;
}

/** Where `husky` is installed for this project, if it is. */
function huskyBin(root: string): string | undefined {
  try {
    return path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('husky')), 'bin.js');
  } catch {
    return undefined;
  }
}

async function prepareScript(root: string): Promise<string | undefined> {
  const text = await readFile(path.join(root, 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const scripts = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts;
    return typeof scripts?.prepare === 'string' ? scripts.prepare : '';
  } catch {
    return '';
  }
}

/** Makes git run `.husky/pre-commit`: husky's own setup when husky is installed, else the exact commands to run. */
async function activateHusky(root: string): Promise<string[]> {
  const git = gitRunner(root);
  const hooksPath = (await git.tryRun(['config', 'core.hooksPath']))?.toString('utf8').trim() ?? '';
  if (hooksPath === '.husky/_' || hooksPath === '.husky') return [];
  if (hooksPath) return [`warning: core.hooksPath is ${hooksPath}: git runs hooks from there, not from .husky (see "Pre-commit hook" in the README)`];
  const prepare = await prepareScript(root);
  const keep =
    prepare === '' || prepare === undefined
      ? 'npm pkg set scripts.prepare=husky'
      : prepare.includes('husky')
        ? undefined
        : `add "husky" to the "prepare" script of package.json (it is now: ${prepare})`;
  const bin = huskyBin(root);
  if (!bin) {
    return [
      'husky is not installed: to run the hook on every commit, run',
      '  npm install --save-dev husky',
      '  npx husky',
      ...(keep ? [`and, so that every clone gets the hook on npm install: ${keep}`] : []),
    ];
  }
  const run = spawnSync(process.execPath, [bin], { cwd: root, encoding: 'utf8' });
  const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.status !== 0 || said) return [`husky could not install its hooks${said ? `: ${said}` : ''}; run \`npx husky\` in ${root}`];
  return ['installed husky (core.hooksPath=.husky/_)', ...(keep ? [`so that every clone gets the hook on npm install: ${keep}`] : [])];
}

/** `init`: the pre-commit hook (husky) and a starter config, idempotently. */
export async function init(cwd: string, stdout: (s: string) => void): Promise<number> {
  const root = await workTreeRoot(cwd);
  if (!root) throw new ScanError('not-a-repo', `init: ${cwd} is not inside a git work tree (run git init first)`);
  const lines = [await addHookLine(root)];
  const configFile = path.join(root, CONFIG_FILE);
  if (await exists(configFile)) lines.push(`${CONFIG_FILE} already exists: left as it is`);
  else {
    await writeFile(configFile, starterConfig(`./node_modules/secret-hygiene/${CONFIG_SCHEMA_FILE}`));
    lines.push(`created ${CONFIG_FILE} (every rule on; see docs for ignore and allow)`);
  }
  lines.push(...(await activateHusky(root)));
  stdout(`${lines.join('\n')}\n`);
  return 0;
}
