// Real git repositories in temp dirs, independent of the user's git config, and the built CLI run in them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/secret-hygiene.js', import.meta.url));

const BASE_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: 'C',
  NO_COLOR: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Ada Author',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Carl Committer',
  GIT_COMMITTER_EMAIL: 'carl@example.com',
};

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Repo {
  dir: string;
  /** Runs git in the repository and returns its trimmed output. */
  git(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): string;
  /** Writes a file (creating directories) relative to the repository. */
  write(file: string, content: string | Buffer): void;
  /** Stages everything (unless `onlyStaged`) and commits it at the next fixed date; returns the sha. */
  commit(message: string, options?: { onlyStaged?: boolean; author?: string }): string;
  /** The author date the last commit got (strict ISO). */
  lastDate(): string;
  /** Runs the built CLI in the repository (or in `cwd`). */
  cli(args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv }): CliResult;
  env: NodeJS.ProcessEnv;
}

const dirs: string[] = [];

/** Removes every repository made so far (call from afterAll). */
export function cleanupRepos(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(prefix = 'sh-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A new repository on branch `main`; commits get dates one minute apart so history order is deterministic. */
export function makeRepo(options: { init?: boolean; dir?: string } = {}): Repo {
  const dir = options.dir ?? tempDir('sh-repo-');
  let tick = 0;
  let date = '';
  const env: NodeJS.ProcessEnv = { ...BASE_ENV };
  const git = (args: string[], o: { input?: string; env?: NodeJS.ProcessEnv } = {}): string =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd: dir,
      env: { ...env, ...o.env },
      input: o.input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    }).trim();
  if (options.init !== false) git(['init', '-q', '-b', 'main']);
  return {
    dir,
    env,
    git,
    write(file, content) {
      const full = path.join(dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    commit(message, o = {}) {
      tick++;
      date = new Date(Date.UTC(2024, 0, 1, 0, tick)).toISOString().replace('.000Z', '+00:00');
      const author = o.author ? { GIT_AUTHOR_NAME: o.author, GIT_AUTHOR_EMAIL: `${o.author.toLowerCase()}@example.com` } : {};
      if (!o.onlyStaged) git(['add', '-A']);
      git(['commit', '-q', '--no-verify', '--allow-empty', '-m', message], {
        env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, ...author },
      });
      return git(['rev-parse', 'HEAD']);
    },
    lastDate: () => date,
    cli(args, o = {}) {
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: o.cwd ?? dir, env: { ...env, ...o.env }, encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    },
  };
}

/** Parses `--format json` output. */
export function json(result: CliResult): { findings: Array<Record<string, unknown> & { path: string; line: number; column: number; ruleId: string; commit?: Record<string, string> }>; stats: Record<string, unknown> & { notes: string[]; commits?: number } } {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.status}): ${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A merge whose entry for a renamed file names one path (`RM`: renamed against the first parent): `side` renames
 * `a.txt` (50 lines) to `b.txt`, `main` edits a line of it, and the conflict is resolved in `b.txt`. `other`
 * is a file that each commit writes too: at the base, on each side, and in the resolution. Returns the merge.
 */
export function mergeAcrossRename(repo: Repo, other: { path: string; base: string; side: string; main: string; resolved: string }): string {
  const lines = (edit: (i: number) => string): string => Array.from({ length: 50 }, (_, i) => `line ${i}${edit(i)}\n`).join('');
  repo.write('a.txt', lines(() => ''));
  repo.write(other.path, other.base);
  repo.commit('base');
  repo.git(['checkout', '-q', '-b', 'side']);
  repo.git(['mv', 'a.txt', 'b.txt']);
  repo.write(other.path, other.side);
  repo.commit('rename on the side');
  repo.git(['checkout', '-q', 'main']);
  repo.write('a.txt', lines((i) => (i === 40 ? ' main' : '')));
  repo.write(other.path, other.main);
  repo.commit('edit on main');
  // Both sides changed `other`: the merge stops, and its resolution also edits b.txt (then unlike either parent's).
  let conflicted = false;
  try {
    repo.git(['merge', 'side']);
  } catch {
    conflicted = true;
  }
  if (!conflicted) throw new Error(`the merge did not stop at a conflict in ${other.path}`);
  repo.write('b.txt', lines((i) => (i === 40 ? ' main' : i === 1 ? ' resolved' : '')));
  repo.write(other.path, other.resolved);
  return repo.commit('merge');
}
