import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// bundle/ is committed, because the pre-commit framework runs the CLI from a clone of this repository where
// nothing is built. It must be what the sources build: built again here, it is compared with the bytes that
// the next commit will hold (git's index), so a change to src/ that is committed without its bundle fails.
const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), 'sh-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

execFileSync(process.execPath, ['scripts/bundle.mjs', '--out', out], { cwd: root });
const built = readdirSync(path.join(out, 'bundle')).sort();
/** The file's bytes in git's index, or undefined when it is not there. */
const indexed = (file: string): string | undefined => {
  const show = spawnSync('git', ['show', `:bundle/${file}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return show.status === 0 ? show.stdout : undefined;
};
const FIX = 'run `npm run build` and commit bundle/';

describe('the committed CLI bundle', () => {
  it('holds the files the build writes, and no others', () => {
    const tracked = execFileSync('git', ['ls-files', '--cached', 'bundle'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(tracked.map((f) => path.basename(f)).sort(), FIX).toEqual(built);
    expect(built).toEqual(['THIRD_PARTY_LICENSES.txt', 'cli.cjs', 're2.cjs', 'worker.cjs']);
  });

  it.each(built)('bundle/%s is what the sources build', (file) => {
    const fresh = readFileSync(path.join(out, 'bundle', file), 'utf8');
    // Not toEqual on half a megabyte: a stale bundle says which file and what to do.
    expect(indexed(file) === fresh, `bundle/${file} is stale: ${FIX}`).toBe(true);
  });
});
