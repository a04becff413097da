import { afterAll, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { escapeControl } from '../../src/printable.js';
import { cleanupRepos, makeRepo, type Repo } from '../helpers/git-repo.js';
import { sarifErrors } from '../reporters/sarif-schema.js';

// Hostile names and claims must reach no terminal and no CI log raw: a newline followed by `::error` is a
// GitHub workflow command, and ANSI sequences can erase the summary and print a fake all-clear.

const gen = createGen(7070);
afterAll(cleanupRepos);

const INJECTED_NAME = 'a\n::error file=README.md,line=1::All clear\nb.env';
const ANSI = '\u001b[2K\u001b[1A\u001b[32m✔ no secrets found\u001b[0m';
/** Raw C0 (but the newlines that end lines), DEL, C1, and the bidi override. */
const RAW_CONTROL = /(?!\n)[\p{Cc}\u202e]/u;

function hostileRepo(): Repo {
  const repo = makeRepo();
  repo.write(INJECTED_NAME, `IBMCLOUD_API_KEY=${gen.ibmKey()}\n`);
  const token = gen.jwt({
    iam_id: `iam-ServiceId-${ANSI}`,
    account: { bss: `acc\u009b31m${ANSI}` },
    exp: 1893459600,
    iss: 'https://iam.cloud.ibm.com/identity',
  });
  repo.write('notes.md', `Authorization: Bearer ${token}\n`);
  repo.commit(`subject ${ANSI}`, { author: `Eve${ANSI}\u202e` });
  return repo;
}

describe('control characters in arguments', () => {
  it('an unknown flag or command is named escaped, once', () => {
    const repo = makeRepo();
    const r = repo.cli(['scan', `--x${ANSI}`]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    // A long argument is shown by its start (and its length): a key may have been pasted there.
    expect(r.stderr).toContain(escapeControl(`--x${ANSI}`.slice(0, 8)));
    const command = repo.cli([`scan${ANSI}\u202e`]);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('unknown command');
    expect(command.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('control characters in names, claims and authors', () => {
  const repo = hostileRepo();

  it('github: a file name cannot inject a workflow command', () => {
    for (const args of [['scan'], ['history']]) {
      const r = repo.cli([...args, '--format', 'github']);
      expect(r.status).toBe(1);
      const lines = r.stdout.split('\n').filter(Boolean);
      // One annotation per finding, and every line is one of ours.
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/^::error file=(a\\n%3A%3Aerror file=README\.md%2Cline=1%3A%3AAll clear\\nb\.env|notes\.md),line=/);
      expect(r.stdout).not.toMatch(/^::error file=README\.md/m);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
    }
  });

  it('text: paths, claims and authors are escaped, and the summary is the last word', () => {
    for (const args of [['scan'], ['history']]) {
      const r = repo.cli([...args, '--debug']);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toMatch(/^::/m);
      expect(r.stdout).toContain(escapeControl(INJECTED_NAME));
      expect(r.stdout).toContain('\\x1b[2K\\x1b[1A');
      expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 2 findings in 2 files/);
    }
    expect(repo.cli(['history']).stdout).toContain('by Eve\\x1b[2K');
  });

  it('json and sarif keep the strings whole but write no raw control character', () => {
    const json = repo.cli(['history', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(json.stdout) as { findings: Array<{ path: string; commit: { author: string } }> };
    expect(parsed.findings.map((f) => f.path)).toContain(INJECTED_NAME);
    expect(parsed.findings[0]?.commit.author).toBe(`Eve${ANSI}\u202e`);

    const sarif = repo.cli(['history', '--format', 'sarif']);
    expect(sarif.stdout).not.toMatch(RAW_CONTROL);
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarifErrors(log)).toBe('');
    // What GitHub shows a person (the message) is escaped visibly, not only for JSON.
    for (const r of log.runs[0]?.results ?? []) expect(r.message.text).not.toMatch(RAW_CONTROL);
  });

  it('an error message naming a hostile path is one line', () => {
    const r = repo.cli(['scan', 'missing\n::error::x']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^::/m);
  });
});

describe('escapeControl', () => {
  it('escapes C0, DEL, C1 and the reordering characters, and nothing else', () => {
    expect(escapeControl('a\nb\r\tc\u0000\u001b[1m\u007f\u0085\u009b\u202e\u2028 é ✔ \\')).toBe('a\\nb\\r\\tc\\x00\\x1b[1m\\x7f\\x85\\x9b\\u202e\\u2028 é ✔ \\');
  });
});
