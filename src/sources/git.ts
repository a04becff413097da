// Running git: short plumbing calls to completion, long outputs as streams. Every call gets the same
// environment, so a hook's GIT_INDEX_FILE reaches each of them and none of them takes a lock.
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import path from 'node:path';
import { ScanError } from '../errors.js';

export interface GitRunner {
  /** Runs git to completion and returns its standard output; a non-zero exit is a `git-failed` ScanError. */
  run(args: readonly string[], input?: string): Promise<Buffer>;
  /** Like `run`, but a non-zero exit gives `undefined` (for questions such as "is there a HEAD?"). */
  tryRun(args: readonly string[]): Promise<Buffer | undefined>;
  /** Runs git to completion and returns its exit code and standard output, whatever the code. */
  collect(args: readonly string[]): Promise<{ code: number | null; stdout: Buffer }>;
  /** Starts git and hands back its standard output as a stream; `done` rejects on a non-zero exit. */
  stream(args: readonly string[]): GitStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface GitStream {
  stdout: NodeJS.ReadableStream;
  stdin: Writable;
  done: Promise<void>;
  kill(): void;
}

/**
 * Settings put on the command line of every git call (`-c` wins over every config file), because the
 * repository may not be the user's: a downloaded tree, a nested repository met by the walk, a clone of a
 * pull request. Each would make git run a command that the repository's own config names:
 * - `core.fsmonitor`: a hook git runs to ask which files changed (`ls-files --others` asks);
 * - `core.hooksPath`: no command we run triggers a hook, and this keeps it so.
 * Transports are shut by the environment instead (`gitEnv`).
 * One setting would make git hide content instead: `diff.relative`, with which `git log --raw` run from a
 * subdirectory lists only the changes under it, so that `history` there would call the rest clean. And
 * `diff.renameLimit` is kept at git's default (1000): scoring renames is quadratic in the paths a commit
 * adds and deletes, so a repository that raised it to git's maximum (32767) could make one commit cost
 * hours, and one that lowered it would make each secret moved with its file a new finding.
 * Filters (`filter.*`), `diff.*.textconv`, `diff.*.command` and `diff.external` have driver names we cannot
 * list up front; they are kept out by what we run instead: no command here reads the work tree's content,
 * `cat-file` runs without `--filters`/`--textconv`, and every diff gets `--no-ext-diff --no-textconv`.
 * test/cli/untrusted-git.test.ts holds a repository with each of these set to leave a mark.
 */
export const SAFE_CONFIG: readonly string[] = ['core.fsmonitor=false', 'core.hooksPath=/dev/null', 'diff.relative=false', 'diff.renameLimit=1000'].flatMap(
  (setting) => ['-c', setting],
);

/**
 * Commands that run nothing and answer questions about the config (`config core.hooksPath`, `rev-parse
 * --git-path hooks`): the answer must be the repository's own, not our overrides.
 */
const ASKS_CONFIG = new Set(['config', 'rev-parse']);

/** Variables that name a place, which git reads relative to the directory it runs in. */
const PLACES = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE'] as const;

/**
 * What every git call is run with, whatever the repository says (its config, its `.git`):
 * - GIT_ALLOW_PROTOCOL names no transport, and wins over every `protocol.*` setting, so that a partial clone's
 *   lazy fetch of a missing blob cannot run `core.sshCommand`, `core.gitProxy`, a remote helper (`ext::`) or a
 *   credential helper, over any transport (`ftp` too): the blob is reported missing instead. GIT_NO_LAZY_FETCH
 *   (git 2.44+, and backported) stops the fetch before that.
 * - Replace refs and grafts change which commits and blobs git shows, while the objects we are asked about
 *   stay in the repository and are what `git push` sends: a secret's blob replaced by a clean one, or its
 *   commit cut off by a graft, would scan clean. GIT_NO_REPLACE_OBJECTS and an empty GIT_GRAFT_FILE show
 *   the objects as they are (the replacements are still scanned: `--all` lists `refs/replace/`).
 * A `.git` whose files are forged (a pack index or a commit-graph that lies) is corrupt rather than
 * configured: git believes it, and `git fsck` is what finds it.
 */
const SAFE_ENV = {
  GIT_ALLOW_PROTOCOL: 'none',
  GIT_NO_LAZY_FETCH: '1',
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_GRAFT_FILE: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};

/**
 * The environment of every git call (`SAFE_ENV` and the caller's). `git commit -a` and `git commit <paths>`
 * run the hook with GIT_INDEX_FILE naming a temporary index (and a hook may get GIT_DIR): each is made
 * absolute against `cwd`, so that it means the same place whatever directory git works from (the staged scan
 * runs it from the top of the work tree). GIT_OPTIONAL_LOCKS=0 because git holds index.lock while the hook runs.
 */
export function gitEnv(cwd: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, ...SAFE_ENV, GIT_OPTIONAL_LOCKS: '0' };
  for (const name of PLACES) {
    const place = env[name];
    if (place && !path.isAbsolute(place)) env[name] = path.resolve(cwd, place);
  }
  return env;
}

function failure(args: readonly string[], code: number | null, stderr: string): ScanError {
  const said = stderr.trim().split('\n').slice(-3).join('; ') || `exit code ${code}`;
  return new ScanError('git-failed', `git ${args[0] ?? ''} failed: ${said}`);
}

function notInstalled(error: NodeJS.ErrnoException): ScanError {
  return new ScanError('git-failed', error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `cannot run git: ${error.message}`);
}

export function gitRunner(cwd: string, env: NodeJS.ProcessEnv = gitEnv(cwd)): GitRunner {
  const start = (args: readonly string[]) =>
    spawn('git', [...(ASKS_CONFIG.has(args[0] ?? '') ? [] : SAFE_CONFIG), ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });

  const collect = (args: readonly string[], input?: string) =>
    new Promise<{ code: number | null; stdout: Buffer; stderr: string }>((resolve, reject) => {
      const child = start(args);
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e) => reject(notInstalled(e)));
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
      child.stdin.on('error', () => undefined); // git may exit without reading its input
      child.stdin.end(input ?? '');
    });

  return {
    cwd,
    env,
    async run(args, input) {
      const { code, stdout, stderr } = await collect(args, input);
      if (code !== 0) throw failure(args, code, stderr);
      return stdout;
    },
    async tryRun(args) {
      const { code, stdout } = await collect(args);
      return code === 0 ? stdout : undefined;
    },
    collect: async (args) => collect(args),
    stream(args) {
      const child = start(args);
      const err: Buffer[] = [];
      let errBytes = 0;
      child.stderr.on('data', (b: Buffer) => {
        // Only the tail matters for the message; a chatty git must not grow memory.
        if (errBytes < 64 * 1024) err.push(b);
        errBytes += b.length;
      });
      const done = new Promise<void>((resolve, reject) => {
        child.on('error', (e) => reject(notInstalled(e)));
        child.on('close', (code, signal) => {
          if (code === 0 || signal === 'SIGTERM') resolve();
          else reject(failure(args, code, Buffer.concat(err).toString('utf8')));
        });
      });
      // Callers await `done` after reading; until then a rejection must not count as unhandled.
      done.catch(() => undefined);
      child.stdin.on('error', () => undefined);
      return { stdout: child.stdout, stdin: child.stdin, done, kill: () => child.kill('SIGTERM') };
    },
  };
}

/** What a command needs to know of the work tree it runs in. */
export interface WorkTreeFacts {
  /** The top of the work tree. */
  top: string;
  /** Where git keeps `MERGE_HEAD` (a merge in progress), absolute. */
  mergeHeadFile: string;
  /** The commit HEAD names, or undefined on an unborn branch (a repository's first commit). */
  head: string | undefined;
}

/**
 * `count` answers of `rev-parse` to `questions`, then the commit HEAD names: undefined on an unborn branch
 * (a repository's first commit), where `--verify` fails (exit 1) after the other answers are printed. One
 * process for all: each costs a few milliseconds, and a pre-commit hook pays them on every commit. Undefined
 * when git fails otherwise (outside a repository).
 */
async function revParse(git: GitRunner, questions: string[], count: number): Promise<{ answers: string[]; head: string | undefined } | undefined> {
  const out = await git.collect(['rev-parse', ...questions, '--verify', '-q', 'HEAD^{commit}']);
  if (out.code !== 0 && out.code !== 1) return undefined;
  const lines = out.stdout.toString('utf8').split('\n');
  return { answers: lines.slice(0, count), head: (out.code === 0 && lines[count]) || undefined };
}

/** The facts of the work tree around `git.cwd`; undefined outside a work tree. */
export async function workTreeFacts(git: GitRunner): Promise<WorkTreeFacts | undefined> {
  const asked = await revParse(git, ['--is-inside-work-tree', '--show-toplevel', '--git-path', 'MERGE_HEAD'], 3);
  const [inside, top, mergeHead] = asked?.answers ?? [];
  if (!asked || inside !== 'true' || !top || !mergeHead) return undefined;
  return { top, mergeHeadFile: path.resolve(git.cwd, mergeHead), head: asked.head };
}

/** The empty tree of this repository's hash (SHA-1 or SHA-256), to diff a first commit against. */
export async function emptyTree(git: GitRunner): Promise<string> {
  return (await git.run(['hash-object', '-t', 'tree', '--stdin'], '')).toString('utf8').trim();
}

/** What history needs to know of a repository (bare or not), asked in one `rev-parse`. */
export interface RepositoryFacts {
  shallow: boolean;
  /** The commit HEAD names, or undefined on an unborn branch. */
  head: string | undefined;
}

/** The facts of the repository around `git.cwd`; fails with `not-a-repo` outside one. */
export async function repositoryFacts(git: GitRunner, what: string): Promise<RepositoryFacts> {
  const asked = await revParse(git, ['--is-shallow-repository'], 1);
  const [shallow] = asked?.answers ?? [];
  if (!asked || (shallow !== 'true' && shallow !== 'false')) throw new ScanError('not-a-repo', `${what}: ${git.cwd} is not inside a git repository`);
  return { shallow: shallow === 'true', head: asked.head };
}

/** A 40 or 64 character object name of zeros: "no object" on one side of a diff. */
export const isNullSha = (sha: string): boolean => /^0+$/.test(sha);

/** Git's gitlink mode: a submodule's commit, not a file. */
export const SUBMODULE_MODE = '160000';
