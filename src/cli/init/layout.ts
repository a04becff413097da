import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { gitRunner } from '../../sources/git.js';
import { readRegularFile } from '../file-io.js';

/** Where a project's pieces are, as `init` and `init --check` see them. Paths are absolute unless said otherwise. */
export interface Layout {
  /** The top of the git work tree: git runs hooks here. */
  root: string;
  /** The nearest folder from the current directory up to the root with a package.json (a monorepo package), else the root. */
  project: string;
  /** The installed secret-hygiene package (`…/node_modules/secret-hygiene`), from the project up to the root. */
  install?: string;
  /** core.hooksPath as configured ('' when unset). */
  hooksPath: string;
  /** The directory git runs hooks from (core.hooksPath or .git/hooks). */
  hooksDir: string;
  husky?: Husky;
}

export interface Husky {
  /** The husky folder (`.husky`, or `packages/app/.husky`). */
  dir: string;
  /** husky's bin.js when husky is installed. */
  bin?: string;
}

export { posixRelative } from '../../posix-path.js';

/** The first folder from `start` up to `stop` (inclusive) where `found` holds. */
function upwards(start: string, stop: string, found: (dir: string) => boolean): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (found(dir)) return dir;
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

/** A JSON object in a regular file; undefined when there is none, or it is not one (a FIFO is never waited on). */
export function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const text = readRegularFile(file, file);
    const value: unknown = text === undefined ? undefined : JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const isDir = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** A package installed under `node_modules` between `from` and `stop`, by its name in its package.json (not by resolving symlinks). */
function installed(from: string, stop: string, name: string): string | undefined {
  const dir = upwards(from, stop, (d) => readJson(path.join(d, 'node_modules', name, 'package.json'))?.name === name);
  return dir && path.join(dir, 'node_modules', name);
}

function dependsOn(packageJson: string, name: string): boolean {
  const pkg = readJson(packageJson);
  return ['dependencies', 'devDependencies'].some((field) => {
    const deps = pkg?.[field];
    return !!deps && typeof deps === 'object' && name in deps;
  });
}

/**
 * Whether the project uses husky, and its folder: the one core.hooksPath names (`<dir>/_`), else an existing
 * `.husky` in the project or at the root, else the project's when its package.json (or the root's) depends on husky.
 */
function findHusky(root: string, project: string, hooksPath: string): Husky | undefined {
  const named = hooksPath.replace(/\/+$/, '').replace(/\/_$/, '');
  const configured = path.basename(named) === '.husky' ? path.resolve(root, named) : undefined;
  // Hooks routed elsewhere (another tool, a shared folder): git never looks in a husky folder, so the hook goes there.
  if (hooksPath && !configured) return undefined;
  const dir =
    configured ??
    [path.join(project, '.husky'), path.join(root, '.husky')].find(isDir) ??
    (dependsOn(path.join(project, 'package.json'), 'husky') || dependsOn(path.join(root, 'package.json'), 'husky') ? path.join(project, '.husky') : undefined);
  if (!dir) return undefined;
  const husky = installed(project, root, 'husky');
  const bin = husky && path.join(husky, 'bin.js');
  return bin && existsSync(bin) ? { dir, bin } : { dir };
}

/** The layout around `cwd`, which must be inside a git work tree (`root` is its top). */
export async function findLayout(cwd: string, root: string): Promise<Layout> {
  const git = gitRunner(root);
  const hooksPath = (await git.tryRun(['config', 'core.hooksPath']))?.toString('utf8').trim() ?? '';
  const hooksDir = path.resolve(root, (await git.run(['rev-parse', '--git-path', 'hooks'])).toString('utf8').trim());
  const project = upwards(path.resolve(cwd), root, (d) => existsSync(path.join(d, 'package.json'))) ?? root;
  const layout: Layout = { root, project, hooksPath, hooksDir };
  const install = installed(project, root, 'secret-hygiene');
  if (install) layout.install = install;
  const husky = findHusky(root, project, hooksPath);
  if (husky) layout.husky = husky;
  return layout;
}
