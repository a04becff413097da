import { beforeEach, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import type { Finding, Stats } from '../../src/types.js';
import type { MockIam } from '../helpers/mock-iam.js';
import { useMockIam, type CliRun } from './run-cli.js';

// Verify mode against hostile input and hostile answers: its flags are checked before the scan, a tree of
// planted keys cannot turn a scan into thousands of logins, and what IAM echoes cannot smuggle a key out.

const gen = createGen(0xbad);
const envFile = (keys: string[]): string => keys.map((k, i) => `IBMCLOUD_API_KEY_${i}=${k}\n`).join('');
const parse = (run: CliRun): { findings: Finding[]; stats: Stats } => JSON.parse(run.stdout) as { findings: Finding[]; stats: Stats };

const mock = useMockIam();
let iam: MockIam;
beforeEach(() => {
  iam = mock.iam();
});
const scan = (files: Record<string, string>, args: string[]): Promise<CliRun> => mock.scan(files, ['--verify', '--iam-url', iam.url, ...args]);

describe('--verify-timeout', () => {
  it.each([['0.0001'], ['1e10'], ['100000000000'], ['61'], ['-1'], ['abc'], ['Infinity']])('refuses %s before scanning', async (value) => {
    const run = await scan({ '.env': envFile([gen.ibmKey()]) }, [`--verify-timeout=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^secret-hygiene: --verify-timeout must be a number of seconds from 0\.1 to 60/);
    expect(run.stdout).toBe('');
    expect(iam.requests).toHaveLength(0);
  });

  it('takes a fractional value, to the millisecond', async () => {
    const run = await scan({ '.env': envFile([gen.ibmKey()]) }, ['--verify-timeout', '1.0001', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(parse(run).findings[0]?.verification?.status).toBe('invalid');
  });
});

describe('--verify-max-keys', () => {
  it('sends at most 100 distinct keys by default; the others are unknown, and the summary says so', async () => {
    const keys = Array.from({ length: 105 }, () => gen.ibmKey());
    const run = await scan({ '.env': envFile(keys) }, ['--format', 'json']);
    expect(run.code).toBe(1);
    expect(iam.requests).toHaveLength(100);
    const unsent = parse(run).findings.filter((f) => f.verification?.reason?.startsWith('not sent'));
    expect(unsent).toHaveLength(5);
    expect(unsent[0]?.verification).toEqual({ status: 'unknown', reason: 'not sent: more than 100 distinct keys in this run (--verify-max-keys)' });
    expect(parse(run).stats.notes).toContain('verify: 5 of 105 distinct keys were not sent (the limit is 100; raise it with --verify-max-keys)');
  });

  it('takes another limit, and refuses what is not one', async () => {
    const run = await scan({ '.env': envFile([gen.ibmKey(), gen.ibmKey(), gen.ibmKey()]) }, ['--verify-max-keys', '2']);
    expect(run.code).toBe(1);
    expect(iam.requests).toHaveLength(2);
    expect(run.stdout).toMatch(/note: verify: 1 of 3 distinct keys were not sent/);
    for (const bad of ['0', '1.5', '10001', 'x']) {
      expect((await scan({ '.env': '' }, ['--verify-max-keys', bad])).code).toBe(2);
    }
  });
});

describe("IAM's answers", () => {
  it('cannot smuggle the key out with a control character inside it, nor write control characters', async () => {
    const key = gen.ibmKey();
    iam.setKey(key, {
      kind: 'raw',
      status: 400,
      body: (k) => JSON.stringify({ errorCode: `BXNIM\u001b[2J\u001b[1A0001E ${k.slice(0, 20)}\u0000${k.slice(20)}`, errorMessage: `bad key ${k.slice(0, 9)}\u001b[0m${k.slice(9)}\u200b!` }),
    });
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const run = await scan({ '.env': envFile([key]) }, ['--format', format]);
      expect(run.code).toBe(1);
      const out = run.stdout + run.stderr;
      expect(out).not.toContain(key.slice(4, 20));
      expect(out).not.toContain(key.slice(20));
      expect(out).not.toMatch(/(?!\n)\p{Cc}/u);
      expect(out).toMatch(/BXNIM/);
    }
  });

  /** The key's text nowhere in any format's output, nor any 8 characters of it. */
  const expectNoPieceOf = async (key: string): Promise<string[]> => {
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const run = await scan({ '.env': envFile([key]) }, ['--format', format]);
      expect(run.code).toBe(1);
      const out = run.stdout + run.stderr;
      for (let i = 0; i + 8 <= key.length; i++) expect(out).not.toContain(key.slice(i, i + 8));
      outputs.push(out);
    }
    return outputs;
  };

  it('cannot smuggle the key out split across fields, or with a combining character inside it', async () => {
    const key = gen.ibmKey();
    iam.setKey(key, { kind: 'raw', status: 400, body: (k) => JSON.stringify({ errorCode: k.slice(0, 30), errorMessage: `${k.slice(30)} or ${k.slice(0, 22)}\u034f${k.slice(22)}` }) });
    await expectNoPieceOf(key);
  });

  it('cannot pass a word of its own for an error code we know (constructor, __proto__)', async () => {
    const key = gen.ibmKey();
    for (const code of ['constructor', 'toString', '__proto__']) {
      iam.setKey(key, { kind: 'raw', status: 400, body: () => JSON.stringify({ errorCode: code, errorMessage: 'no' }) });
      const run = await scan({ '.env': envFile([key]) }, ['--format', 'json']);
      expect(parse(run).findings[0]?.verification?.status, code).toBe('unknown');
    }
  });

  it('cannot smuggle the key out in the content type of an answer that is not JSON', async () => {
    const key = gen.ibmKey();
    iam.setKey(key, { kind: 'raw', status: 200, body: () => 'nope', contentType: (k) => `text/plain; echo=${k}` });
    const [text] = await expectNoPieceOf(key);
    expect(text).toContain('IAM answered 200 with a body that is not JSON (text/plain)');
  });

  it("cannot smuggle the key out in the claims of the token it answers with, which are shown only when shaped as IAM's", async () => {
    const key = gen.ibmKey();
    const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = (claims: object): string => `${encode({ alg: 'RS256' })}.${encode(claims)}.${encode({})}`;
    iam.setKey(key, { kind: 'raw', status: 200, body: (k) => JSON.stringify({ access_token: token({ iam_id: `IBMid-${k}`, sub_type: k, account: { bss: k } }) }) });
    const [text] = await expectNoPieceOf(key);
    expect(text).toMatch(/verification: live/);
    const account = 'a'.repeat(32);
    iam.setKey(key, { kind: 'raw', status: 200, body: () => JSON.stringify({ access_token: token({ iam_id: `IBMid-${'x'.repeat(200)}`, sub_type: 'ServiceId', account: { bss: account } }) }) });
    const run = await scan({ '.env': envFile([key]) }, ['--format', 'json']);
    expect(parse(run).findings[0]?.verification).toEqual({ status: 'live', account, subType: 'ServiceId' });
  });
});
