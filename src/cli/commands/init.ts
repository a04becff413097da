import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE } from '../../config.js';
import { CONFIG_SCHEMA_FILE } from '../../config-schema.js';
import { ScanError } from '../../errors.js';
import { RULE_IDS } from '../../../rules/index.js';
import { hookStatus } from '../init/check.js';
import { addToGitHook, addToHuskyHook, scanCommand, shQuote, type HookEdit } from '../init/hook-script.js';
import { workTreeRoot } from '../context.js';
import { readRegularFile, resolvedPath, writeFileNoFollow } from '../file-io.js';
import { findLayout, posixRelative, readJson, type Husky, type Layout } from '../init/layout.js';
import { leavesBase } from '../../posix-path.js';

/**
 * Every rule on, no ignores, no allow patterns: the fields a user edits, with nothing decided for them.
 * `$schema` (the installed package's schema, relative to the config file) gives editors completion and checks.
 */
export function starterConfig(schema: string): string {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, 'on']));
  return `${JSON.stringify({ $schema: schema, ignore: [], rules, allow: [] }, null, 2)}\n`;
}

/** What is at `file` itself (a link is not followed), or undefined when nothing is. */
const entryAt = (file: string) => lstatSync(file, { throwIfNoEntry: false });

/**
 * Applies an edit to a hook file; the answer says what happened, in the user's terms. The hook is read only
 * if it is a regular file (a FIFO there would hang init) and written without following a link there (a
 * committed link would send the write anywhere); it keeps its mode, and is made executable.
 */
async function applyEdit(file: string, edit: HookEdit, layout: Layout, command: string): Promise<string> {
  const shown = posixRelative(layout.root, file);
  if (edit.kind === 'unchanged') return `${shown} already runs the staged scan`;
  if (edit.kind === 'refused') {
    throw new ScanError('bad-usage', `init: ${shown} is a ${edit.interpreter} script, which cannot take a shell line: make it run \`${command}\` from the repository root, and stop the commit when that fails`);
  }
  const existed = entryAt(file);
  await writeFileNoFollow(file, edit.text, shown, { createDirectory: true });
  const wasExecutable = existed !== undefined && (existed.mode & 0o111) !== 0;
  // Executable by whoever may read it: a hook of mode 600 becomes 700, not 755.
  await chmod(file, existed ? (existed.mode & 0o7777) | ((existed.mode & 0o444) >> 2) : 0o755);
  return existed ? `added the staged scan to ${shown}, keeping its lines${wasExecutable ? '' : ' (and made it executable: git was skipping it)'}` : `created ${shown}`;
}

const readHook = (file: string, layout: Layout): string | undefined => readRegularFile(file, posixRelative(layout.root, file));

/**
 * Refuses a husky folder that is a link, or lies outside the repository once links are resolved: a
 * committed `.husky` link would have the hook written wherever it leads.
 */
function insideRoot(layout: Layout, dir: string): void {
  const shown = posixRelative(layout.root, dir);
  const link = lstatSync(dir, { throwIfNoEntry: false });
  const rel = path.relative(resolvedPath(layout.root), resolvedPath(dir));
  if (link?.isSymbolicLink() || leavesBase(rel)) {
    throw new ScanError('bad-usage', `init: ${shown} is a link, or leads out of the repository: no hook is written through it (make ${shown} a folder of the repository)`);
  }
}

/** husky: the scan in its folder's pre-commit, and husky's own setup when git does not use that folder yet. */
async function installWithHusky(layout: Layout, husky: Husky, command: string): Promise<string[]> {
  insideRoot(layout, husky.dir);
  const file = path.join(husky.dir, 'pre-commit');
  const lines = [await applyEdit(file, addToHuskyHook(readHook(file, layout), command), layout, command)];
  const dir = posixRelative(layout.root, husky.dir);
  const active = layout.hooksPath.replace(/\/+$/, '') === `${dir}/_` && existsSync(path.join(husky.dir, '_', 'h'));
  if (!active) {
    const projectDir = posixRelative(layout.root, layout.project) || '.';
    if (!husky.bin) throw new ScanError('bad-usage', `init: the project uses husky, but husky is not installed: run \`npm install\` in ${projectDir}, then \`npx secret-hygiene init\` again`);
    // husky sets core.hooksPath from where .git is, and takes its folder relative to there.
    const run = spawnSync(process.execPath, [husky.bin, dir], { cwd: layout.root, encoding: 'utf8' });
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
    if (run.status !== 0 || said) throw new ScanError('git-failed', `init: husky could not install its hooks${said ? `: ${said}` : ''}; run \`node ${husky.bin} ${dir}\` in ${layout.root}`);
    lines.push(`installed husky (core.hooksPath=${dir}/_)`);
  }
  const prepare = preparedBy(layout, dir);
  if (prepare) lines.push(`so that every clone gets the hook on npm install: ${prepare}`);
  return lines;
}

/** The command that makes npm install set husky up in every clone, unless the `prepare` script already does. */
function preparedBy(layout: Layout, huskyDir: string): string | undefined {
  const pkg = readJson(path.join(layout.project, 'package.json'));
  if (!pkg) return undefined;
  const { scripts } = pkg;
  const prepare = scripts && typeof scripts === 'object' ? (scripts as Record<string, unknown>).prepare : undefined;
  if (typeof prepare === 'string' && prepare.includes('husky')) return undefined;
  const up = posixRelative(layout.project, layout.root);
  const wanted = up ? `cd ${shQuote(up)} && husky ${shQuote(huskyDir)}` : 'husky';
  return typeof prepare === 'string' && prepare ? `add \`${wanted}\` to the "prepare" script of package.json (it is now: ${prepare})` : `npm pkg set scripts.prepare=${shQuote(wanted)}`;
}

/** git's own hooks directory (core.hooksPath or .git/hooks): the scan first in its pre-commit. */
async function installInGitHooks(layout: Layout, command: string): Promise<string[]> {
  const file = path.join(layout.hooksDir, 'pre-commit');
  return [
    await applyEdit(file, addToGitHook(readHook(file, layout), command), layout, command),
    'git does not copy hooks into clones: run `npx secret-hygiene init` in each clone (or let husky share the hook)',
  ];
}

/**
 * The starter config at the root, unless something is there (a link too, even a dangling one: it is not
 * followed); its `$schema` is the installed package's schema.
 */
async function writeConfig(layout: Layout, install: string): Promise<string> {
  const file = path.join(layout.root, CONFIG_FILE);
  if (entryAt(file)) return `${CONFIG_FILE} already exists: left as it is`;
  await writeFileNoFollow(file, starterConfig(`./${posixRelative(layout.root, path.join(install, CONFIG_SCHEMA_FILE))}`), CONFIG_FILE);
  return `created ${CONFIG_FILE} (every rule on; see the README for ignore and allow)`;
}

export interface InitIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/**
 * `init`: a pre-commit hook that runs the staged scan with the scanner installed in this project, and a
 * starter config, idempotently; then the same check as `init --check`, so it never says it is done when
 * the next commit would not run the scan (exit 2, with why and the fix). `init --check` only checks (exit 1).
 */
export async function init(cwd: string, io: InitIo, check: boolean): Promise<number> {
  const root = await workTreeRoot(cwd);
  if (!root) throw new ScanError('not-a-repo', `init: ${cwd} is not inside a git work tree (run git init first)`);
  const layout = await findLayout(cwd, root);
  if (!check) {
    const { install } = layout;
    const projectDir = posixRelative(root, layout.project) || '.';
    if (!install) {
      throw new ScanError('bad-usage', `init: secret-hygiene is not installed in ${projectDir}: run \`npm install --save-dev secret-hygiene\` there, then \`npx secret-hygiene init\``);
    }
    const command = scanCommand(posixRelative(root, path.join(install, 'bin', 'secret-hygiene.js')));
    const lines = layout.husky ? await installWithHusky(layout, layout.husky, command) : await installInGitHooks(layout, command);
    lines.push(await writeConfig(layout, install));
    io.stdout(`${lines.join('\n')}\n`);
  }
  const status = hookStatus(check ? layout : await findLayout(cwd, root));
  if (status.ok) {
    io.stdout(`✔ the next commit runs secret-hygiene scan --staged: ${status.via}\n`);
    return 0;
  }
  io.stderr(`✖ no hook will run secret-hygiene scan --staged on the next commit: ${status.why}\n  fix: ${status.fix}\n`);
  return check ? 1 : 2;
}
