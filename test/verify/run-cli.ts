import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { startMockIam, type MockIam } from '../helpers/mock-iam.js';

const BIN = fileURLToPath(new URL('../../bin/secret-hygiene.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The built CLI as a child process, as a user runs it. Asynchronous on purpose: the stand-in IAM server
 * lives in this process and must keep answering while the CLI runs.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  const started = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
  if (!('SECRET_HYGIENE_IAM_URL' in env)) delete childEnv.SECRET_HYGIENE_IAM_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: childEnv, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** A temporary directory (not a git work tree) holding these files. */
export async function workspace(files: Record<string, string>): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'secret-hygiene-verify-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The test file's stand-in IAM, started before each test and stopped after it, and `scan` of files in a
 * fresh workspace (removed after the test) with the CLI's arguments.
 */
export function useMockIam(): { iam: () => MockIam; scan: (files: Record<string, string>, args: string[], env?: Record<string, string>) => Promise<CliRun> } {
  let iam: MockIam | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    iam = await startMockIam();
  });
  afterEach(async () => {
    await iam?.close();
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return {
    iam: () => {
      if (!iam) throw new Error('the stand-in IAM runs only inside a test');
      return iam;
    },
    async scan(files, args, env = {}) {
      const ws = await workspace(files);
      cleanups.push(ws.remove);
      return runCli(['scan', ...args], ws.dir, env);
    },
  };
}
