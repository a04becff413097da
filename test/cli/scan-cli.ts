import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The built CLI as a child process, the way a user meets it (test/global-setup.ts builds dist/ first).

export const BIN = fileURLToPath(new URL('../../bin/secret-hygiene.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
}

/** Runs `secret-hygiene ...args`; colour and git hook variables come only from `env`. A hang fails after 20 s. */
export function cli(args: string[], options: CliOptions): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'SECRET_HYGIENE_IAM_URL']) delete env[name];
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env, encoding: 'utf8', timeout: 20_000, uid: options.uid, gid: options.gid },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(new Error(`${error.message}\n${stderr}`));
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}
