import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface Project {
  dir: string;
  remove(): void;
}

/**
 * A small project in a temp dir, as a user has it: its files, and a node_modules where
 * `secret-hygiene` is this package (built into dist/ by the global setup) and `packages` are ours.
 */
export function tempProject(files: Record<string, string>, packages: readonly string[] = []): Project {
  const dir = mkdtempSync(join(tmpdir(), 'secret-hygiene-eslint-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const link = (target: string, name: string): void => {
    mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(dir, 'node_modules', name), 'dir');
  };
  link(REPO, 'secret-hygiene');
  for (const name of packages) link(join(REPO, 'node_modules', name), name);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
