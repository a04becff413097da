import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { cleanupRepos, makeRepo, tempDir } from '../helpers/git-repo.js';

// A repository may hold a symbolic link where the CLI writes (the baseline at the root, a report name):
// writing through it would create or overwrite a file anywhere the user can write.

const gen = createGen(1414);
afterAll(cleanupRepos);

describe('writes never follow a symbolic link', () => {
  it('baseline refuses a committed dangling link at the baseline path, and creates nothing outside', () => {
    const outside = tempDir('sh-outside-');
    const target = path.join(outside, 'planted.json');
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    symlinkSync(target, path.join(repo.dir, '.secret-hygiene-baseline.json'));
    repo.commit('a link where the baseline goes');
    const r = repo.cli(['baseline']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write \.secret-hygiene-baseline\.json: it is a symbolic link, which secret-hygiene does not follow/);
    expect(existsSync(target)).toBe(false);
  });

  it('--output refuses a link to an existing file, and leaves that file alone', () => {
    const outside = tempDir('sh-outside-');
    const target = path.join(outside, 'important.txt');
    writeFileSync(target, 'keep me\n');
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    symlinkSync(target, path.join(repo.dir, 'report.sarif'));
    const r = repo.cli(['scan', 'a.env', '--format', 'sarif', '--output', 'report.sarif']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write report\.sarif: it is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it('replaces a regular file whole, and leaves no temporary file behind', () => {
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    repo.write('report.json', 'x'.repeat(100_000));
    expect(repo.cli(['scan', 'a.env', '--format', 'json', '--output', 'report.json']).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'report.json'), 'utf8'))).toMatchObject({ version: 1 });
    expect(repo.cli(['baseline']).status).toBe(0);
    expect(readdirSync(repo.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--output to a device or a FIFO writes into it, never over it', () => {
  it('/dev/stdout on a pipe: the report comes out on standard output', () => {
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    const r = repo.cli(['scan', 'a.env', '--format', 'json', '--output', '/dev/stdout']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1 });
  });

  it('a named pipe (and a link to it) stays a pipe, and its reader gets the report', async () => {
    const repo = makeRepo();
    repo.write('a.env', `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
    const fifo = path.join(tempDir('sh-fifo-'), 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const link = path.join(tempDir('sh-fifo-link-'), 'link');
    symlinkSync(fifo, link);
    for (const name of [fifo, link]) {
      const reader = spawn('cat', [fifo]);
      let read = '';
      reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
      const done = new Promise((resolve) => reader.on('close', resolve));
      const r = repo.cli(['scan', 'a.env', '--format', 'json', '--output', name]);
      await done;
      expect(r.status, r.stderr).toBe(1);
      expect(JSON.parse(read)).toMatchObject({ version: 1 });
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    }
  });
});
