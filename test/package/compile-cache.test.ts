import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, tempDir } from '../helpers/git-repo.js';

// bin/secret-hygiene.js keeps V8's compiled code of the bundle beside it. A cache must never change what runs:
// a foreign or damaged one is rejected by V8 and written again, and a package where it cannot be kept runs without.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
afterAll(cleanupRepos);

/** The installed files that run the CLI, copied to a directory of their own. */
function install(): { dir: string; cache: string; run: (...args: string[]) => ReturnType<typeof spawnSync> } {
  const dir = tempDir('sh-cache-');
  for (const part of ['package.json', 'bin', 'bundle']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true, filter: (f) => !f.endsWith('.cache') });
  // One detection thread whatever the machine has (a run on one core, or SECRET_HYGIENE_WORKERS=0, starts none).
  const env = { ...process.env, SECRET_HYGIENE_WORKERS: '1' };
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'bin', 'secret-hygiene.js'), ...args], { cwd: dir, env, encoding: 'utf8' });
  return { dir, cache: path.join(dir, 'bundle', 'cli.cjs.cache'), run };
}

describe("the bundle's compile cache", () => {
  it('is written by the first run and used by the next', () => {
    const { cache, run } = install();
    expect(existsSync(cache)).toBe(false);
    expect(run('--version').stdout).toBe(`${version}\n`);
    const written = statSync(cache);
    expect(written.size).toBeGreaterThan(10_000);
    expect(run('--version').stdout).toBe(`${version}\n`);
    expect(statSync(cache).mtimeMs).toBe(written.mtimeMs);
  });

  it('is replaced when it does not fit the bundle, which still runs', () => {
    const { cache, run } = install();
    writeFileSync(cache, Buffer.alloc(4096, 7));
    const scan = run('scan', 'bundle/THIRD_PARTY_LICENSES.txt');
    expect(scan.status, String(scan.stderr)).toBe(0);
    expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is not kept from a run long enough to change V8 flags, which the next run would reject; a short run keeps it', () => {
    const { dir, cache, run } = install();
    // More text than a run detects in one thread (2 MiB): it starts detection threads, and lets V8 optimize later.
    mkdirSync(path.join(dir, 'tree'));
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, 'tree', `f${i}.txt`), 'const apikey = process.env.KEY; // nothing\n'.repeat(6_000));
    const long = run('scan', 'tree');
    expect(long.status, String(long.stderr)).toBe(0);
    expect(existsSync(cache)).toBe(false);
    expect(run('scan', 'tree/f0.txt').status).toBe(0);
    expect(existsSync(cache)).toBe(true);
  });

  it('is not needed: where it cannot be read nor written, the CLI runs and leaves nothing behind', () => {
    const { dir, cache, run } = install();
    // A directory at its name: reading fails, and so does renaming the new cache over it (even for root).
    mkdirSync(path.join(cache, 'in-the-way'), { recursive: true });
    const help = run('--help');
    expect(help.status, String(help.stderr)).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(readdirSync(path.join(dir, 'bundle')).filter((f) => /\.cache\.\d+$/.test(f))).toEqual([]);
  });
});
