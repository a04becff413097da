import { beforeEach, describe, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { redact } from '../../src/engine/redact.js';
import type { Finding, Stats, Verification } from '../../src/types.js';
import type { Answer, Identity, MockIam } from '../helpers/mock-iam.js';
import { useMockIam, type CliRun } from './run-cli.js';

// Verify mode end to end: the built CLI as a child process against a stand-in for IAM on 127.0.0.1.

const gen = createGen(0x5e7);
const uuid = (): string => `${gen.hex(8)}-${gen.hex(4)}-${gen.hex(4)}-${gen.hex(4)}-${gen.hex(12)}`;
const serviceId = (): Identity => ({ iamId: `iam-ServiceId-${uuid()}`, account: gen.hex(32), subType: 'ServiceId' });
const user = (): Identity => ({ iamId: `IBMid-${gen.hex(10).toUpperCase()}`, account: gen.hex(32), subType: 'user' });
const live = (identity: Identity = serviceId()): Answer => ({ kind: 'live', identity });

interface Report {
  findings: Finding[];
  stats: Stats;
}
const parse = (run: CliRun): Report => JSON.parse(run.stdout) as Report;

/** An .env file with one key a line: line n holds keys[n - 1]. */
const envFile = (keys: string[]): string => keys.map((k, i) => `IBMCLOUD_API_KEY_${i}=${k}\n`).join('');

/** Verification of the finding on `line` of `.env`. */
function verificationAt(report: Report, line: number): Verification | undefined {
  return report.findings.find((f) => f.path === '.env' && f.line === line)?.verification;
}

function expectNoKey(run: CliRun, keys: string[]): void {
  for (const key of keys) {
    expect(run.stdout).not.toContain(key);
    expect(run.stderr).not.toContain(key);
  }
}

/** `--debug` says host, status and timing only. */
const DEBUG_LINE =
  /^debug: verify: (?:POST 127\.0\.0\.1:\d+\/identity\/token: (?:\d{3} in \d+ ms|failed after \d+ ms: (?:no answer from|connection to) 127\.0\.0\.1:\d+ [^:]+)|127\.0\.0\.1:\d+ answered \d{3}: retrying in [\d.]+ s)$/;
const debugLines = (run: CliRun): string[] => run.stderr.split('\n').filter((l) => l.startsWith('debug: verify'));

const mock = useMockIam();
const scan = mock.scan;
let iam: MockIam;
beforeEach(() => {
  iam = mock.iam();
});

const verify = (): string[] => ['--verify', '--iam-url', iam.url];

describe('scan --verify', () => {
  it('sends a key to IAM as IBM documents it, and shows a live key’s account and identity', async () => {
    const key = gen.ibmKey();
    const identity = serviceId();
    iam.setKey(key, live(identity));
    const run = await scan({ '.env': envFile([key]) }, [...verify(), '--debug']);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`verification: live (account ${identity.account}, identity ${identity.iamId} (ServiceId))`);
    expect(run.stdout).toContain(`verify: 1 request to ${iam.host}`);
    expect(iam.requests).toHaveLength(1);
    const [request] = iam.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/identity/token');
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['user-agent']).toMatch(/^secret-hygiene\/\d+\.\d+\.\d+/);
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.form).toEqual({ grant_type: 'urn:ibm:params:oauth:grant-type:apikey', apikey: key });
    expect(debugLines(run)).toHaveLength(1);
    for (const line of debugLines(run)) expect(line).toMatch(DEBUG_LINE);
    // The key is sent to IAM and nowhere else; the token IAM gave back is discarded, never printed.
    expectNoKey(run, [key]);
    expect(run.stdout + run.stderr).not.toContain('eyJ');
  });

  it('classifies every answer as SPEC §6 says: only clear answers are live, disabled or invalid', async () => {
    const identity = user();
    const rows: Array<{ answer: Answer; status: Verification['status']; reason?: RegExp; requests?: number }> = [
      { answer: live(identity), status: 'live' },
      { answer: { kind: 'error', code: 'BXNIM0462E' }, status: 'disabled', reason: /BXNIM0462E/ },
      { answer: { kind: 'error', code: 'BXNIM0462E', status: 401 }, status: 'disabled' },
      { answer: { kind: 'error', code: 'BXNIM0415E' }, status: 'invalid', reason: /not found \(BXNIM0415E\)/ },
      { answer: { kind: 'error', code: 'BXNIM0415E', status: 401 }, status: 'invalid' },
      { answer: { kind: 'error', code: 'BXNIM0439E' }, status: 'invalid', reason: /expired \(BXNIM0439E\)/ },
      { answer: { kind: 'status', status: 429, retryAfter: '0' }, status: 'unknown', reason: /rate limited by IAM \(429\) after 4 attempts/, requests: 4 },
      { answer: { kind: 'status', status: 429, retryAfter: '0', body: 'bxnim' }, status: 'unknown', reason: /429/, requests: 4 },
      { answer: { kind: 'status', status: 500, retryAfter: '0' }, status: 'unknown', reason: /server error \(500\) after 4 attempts/, requests: 4 },
      { answer: { kind: 'status', status: 503, retryAfter: '0', body: 'html' }, status: 'unknown', reason: /server error \(503\)/, requests: 4 },
      { answer: { kind: 'status', status: 501 }, status: 'unknown', reason: /server error \(501\)$/, requests: 1 },
      { answer: { kind: 'error', code: 'BXNIM0109E' }, status: 'unknown', reason: /BXNIM0109E.*secret-hygiene bug/ },
      { answer: { kind: 'error', code: 'BXNIM0106E' }, status: 'unknown', reason: /BXNIM0106E.*secret-hygiene bug/ },
      { answer: { kind: 'error', code: 'BXNIM0436E' }, status: 'unknown', reason: /unexpected answer from IAM \(401 BXNIM0436E/ },
      { answer: { kind: 'error', code: 'BXNIM0410E' }, status: 'unknown', reason: /BXNIM0410E/ },
      { answer: { kind: 'status', status: 403, body: 'html' }, status: 'unknown', reason: /403 no IAM error code/ },
      { answer: { kind: 'no-jwt' }, status: 'unknown', reason: /200 without a JWT access_token/ },
      { answer: { kind: 'non-json' }, status: 'unknown', reason: /200 with a body that is not JSON \(text\/html\)/ },
      { answer: { kind: 'reset' }, status: 'unknown', reason: /reset/, requests: 1 },
      { answer: { kind: 'redirect', location: '/elsewhere/identity/token' }, status: 'unknown', reason: /302 \(a redirect, not followed\)/, requests: 1 },
      { answer: { kind: 'redirect', location: 'https://iam.cloud.ibm.com/identity/token', status: 307 }, status: 'unknown', reason: /307/, requests: 1 },
      { answer: { kind: 'echo' }, status: 'unknown', reason: /BXNIM0999E: Cannot process the API key \S+…\(44 chars\) right now/ },
    ];
    const keys = rows.map(() => gen.ibmKey());
    rows.forEach((row, i) => iam.setKey(keys[i] as string, row.answer));
    const run = await scan({ '.env': envFile(keys) }, [...verify(), '--format', 'json', '--debug']);

    expect(run.code).toBe(1);
    const report = parse(run);
    expect(report.findings).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const key = keys[i] as string;
      const v = verificationAt(report, i + 1);
      expect(v?.status, JSON.stringify(row.answer)).toBe(row.status);
      if (row.reason) expect(v?.reason, JSON.stringify(row.answer)).toMatch(row.reason);
      expect(iam.requestsFor(key), JSON.stringify(row.answer)).toHaveLength(row.requests ?? 1);
    });
    expect(verificationAt(report, 1)).toEqual({ status: 'live', account: identity.account, identity: identity.iamId });
    expect(verificationAt(report, rows.length)?.reason).toContain(redact(keys[rows.length - 1] as string));
    // Redirects were not followed: every request went to the token endpoint.
    expect(new Set(iam.requests.map((r) => r.path))).toEqual(new Set(['/identity/token']));
    expect(report.stats.verifyRequests).toEqual({ [iam.host]: iam.requests.length });
    expect(run.stderr).toContain(`secret-hygiene: verify: ${iam.requests.length} requests to ${iam.host}\n`);
    for (const line of debugLines(run)) expect(line).toMatch(DEBUG_LINE);
    expectNoKey(run, keys);
  });

  describe('the gate', () => {
    it('passes a run whose keys IAM says are invalid, and reports them as warnings', async () => {
      const keys = [gen.ibmKey(), gen.ibmKey()]; // unknown to IAM: BXNIM0415E
      const files = { '.env': envFile(keys) };
      const text = await scan(files, verify());
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('verification: invalid: key not found (BXNIM0415E)');
      expect(text.stdout).toContain('2 findings in 1 file (2 verified invalid)');

      const sarif = await scan(files, [...verify(), '--format', 'sarif']);
      expect(sarif.code).toBe(0);
      const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ level: string }> }> }).runs[0]?.results;
      expect(results?.map((r) => r.level)).toEqual(['warning', 'warning']);

      const github = await scan(files, [...verify(), '--format', 'github']);
      expect(github.code).toBe(0);
      expect(github.stdout.trim().split('\n').every((l) => l.startsWith('::warning '))).toBe(true);
    });

    it.each([
      ['disabled', { kind: 'error', code: 'BXNIM0462E' }],
      ['unknown', { kind: 'status', status: 503, retryAfter: '0' }],
    ] as const)('fails a run with a %s key', async (status, answer) => {
      const key = gen.ibmKey();
      iam.setKey(key, answer);
      const run = await scan({ '.env': envFile([key]) }, verify());
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`verification: ${status}`);
    });
  });

  describe('retries', () => {
    it('honours Retry-After, and otherwise backs off exponentially', async () => {
      const [limited, failing] = [gen.ibmKey(), gen.ibmKey()];
      iam.setKey(limited, { kind: 'status', status: 429, retryAfter: '1', body: 'bxnim' }, live());
      iam.setKey(failing, { kind: 'status', status: 503 }, { kind: 'status', status: 502, body: 'html' }, live());
      const run = await scan({ '.env': envFile([limited, failing]) }, [...verify(), '--format', 'json']);

      const report = parse(run);
      expect(verificationAt(report, 1)?.status).toBe('live');
      expect(verificationAt(report, 2)?.status).toBe('live');
      const gaps = (key: string): number[] => iam.requestsFor(key).map((r, i, all) => r.at - (all[i - 1]?.at ?? r.at)).slice(1);
      expect(gaps(limited)).toHaveLength(1);
      expect(gaps(limited)[0]).toBeGreaterThanOrEqual(950);
      expect(gaps(failing)).toHaveLength(2);
      expect(gaps(failing)[0]).toBeGreaterThanOrEqual(950);
      expect(gaps(failing)[1]).toBeGreaterThanOrEqual(1950);
    });

    it('does not wait past its time budget: a long Retry-After gives up at once, as unknown', async () => {
      const key = gen.ibmKey();
      iam.setKey(key, { kind: 'status', status: 429, retryAfter: '3600' });
      const run = await scan({ '.env': envFile([key]) }, [...verify(), '--format', 'json']);
      expect(run.code).toBe(1);
      expect(verificationAt(parse(run), 1)).toEqual({
        status: 'unknown',
        reason: 'rate limited by IAM (429); not retried: a wait of 3600 s is past the verify time budget (60 s)',
      });
      expect(iam.requestsFor(key)).toHaveLength(1);
      expect(run.ms).toBeLessThan(10_000);
    });
  });

  it('cuts off a hung server, or one that stalls mid-answer, at --verify-timeout', async () => {
    const [hung, stalled] = [gen.ibmKey(), gen.ibmKey()];
    iam.setKey(hung, { kind: 'hang' });
    iam.setKey(stalled, { kind: 'stall' });
    const run = await scan({ '.env': envFile([hung, stalled]) }, [...verify(), '--verify-timeout', '0.5', '--format', 'json', '--debug']);

    expect(run.code).toBe(1);
    const report = parse(run);
    for (const line of [1, 2]) {
      expect(verificationAt(report, line)).toEqual({ status: 'unknown', reason: `no answer from ${iam.host} within 0.5 s` });
    }
    expect(iam.requests).toHaveLength(2);
    expect(run.ms).toBeLessThan(5_000);
    for (const line of debugLines(run)) expect(line).toMatch(DEBUG_LINE);
  });

  it('says unknown, not invalid, when the IAM host does not resolve', async () => {
    const key = gen.ibmKey();
    const run = await scan({ '.env': envFile([key]) }, ['--verify', '--iam-url', 'https://iam.does-not-exist.invalid', '--verify-timeout', '3', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(verificationAt(parse(run), 1)?.reason).toMatch(/^(DNS lookup failed for iam\.does-not-exist\.invalid|no answer from iam\.does-not-exist\.invalid)/);
    expect(run.stderr).toContain('verify: 1 request to iam.does-not-exist.invalid');
    expectNoKey(run, [key]);
  });

  it('sends each distinct key once, however often and under whichever rule it is found', async () => {
    const key = gen.ibmKey();
    const fileKey = gen.base64url(37); // a user-chosen key value, in a downloaded key file
    const identity = serviceId();
    iam.setKey(key, live(identity));
    iam.setKey(fileKey, live());
    const run = await scan(
      {
        '.env': `IBMCLOUD_API_KEY=${key}\n`,
        'deploy.sh': `ibmcloud login --apikey ${key} -r us-south\n`,
        'config.yaml': `ibm:\n  api_key: ${key}\n`,
        'apikey.json': `{"name": "ci", "createdAt": "2026-01-01T00:00+0000", "apikey": "${fileKey}"}\n`,
      },
      [...verify(), '--format', 'json'],
    );
    const report = parse(run);
    const sameKey = report.findings.filter((f) => f.ruleId === 'ibm-cloud-api-key');
    expect(sameKey).toHaveLength(3);
    for (const f of sameKey) expect(f.verification).toEqual({ status: 'live', account: identity.account, identity: identity.iamId, subType: 'ServiceId' });
    expect(report.findings.find((f) => f.ruleId === 'ibm-apikey-file')?.verification?.status).toBe('live');
    expect(iam.requestsFor(key)).toHaveLength(1);
    expect(iam.requests).toHaveLength(2);
    expect(report.stats.verifyRequests).toEqual({ [iam.host]: 2 });
  });

  it('keeps at most 4 requests in flight', async () => {
    const keys = Array.from({ length: 7 }, () => gen.ibmKey());
    for (const key of keys) iam.setKey(key, live());
    iam.delayMs = 400; // long enough that the first four overlap even on a busy machine
    const run = await scan({ '.env': envFile(keys) }, [...verify(), '--format', 'json']);
    expect(parse(run).findings.every((f) => f.verification?.status === 'live')).toBe(true);
    expect(iam.requests).toHaveLength(7);
    expect(iam.maxInFlight).toBe(4);
  });

  it('carries the verification in every format, and always ends with where keys were sent', async () => {
    const key = gen.ibmKey();
    const identity = serviceId();
    iam.setKey(key, live(identity));
    const files = { '.env': envFile([key]) };
    const sentLine = `secret-hygiene: verify: 1 request to ${iam.host}\n`;
    const who = `account ${identity.account}, identity ${identity.iamId} (ServiceId)`;

    const sarif = await scan(files, [...verify(), '--format', 'sarif']);
    const sarifRun = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<Record<string, unknown>>; properties?: unknown }> }).runs[0];
    expect(sarifRun?.results[0]?.level).toBe('error');
    expect(sarifRun?.results[0]?.properties).toEqual({ verification: { status: 'live', account: identity.account, identity: identity.iamId, subType: 'ServiceId' } });
    expect(sarifRun?.results[0]?.message).toEqual({ text: `IBM Cloud API key (${redact(key)}); verification: live (${who})` });
    expect(sarifRun?.properties).toEqual({ verifyRequests: { [iam.host]: 1 } });
    expect(sarif.stderr).toBe(sentLine);

    const github = await scan(files, [...verify(), '--format', 'github']);
    expect(github.stdout).toMatch(/^::error file=\.env,/);
    expect(github.stdout).toContain(`verification live (${who})`);
    expect(github.stderr).toBe(sentLine);

    const quiet = await scan(files, [...verify(), '--quiet']);
    expect(quiet.stdout).toContain('verification: live');
    expect(quiet.stdout).not.toContain('verify:');
    expect(quiet.stderr).toBe(sentLine);

    const toFile = await scan(files, [...verify(), '--output', 'report.txt']);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toBe(sentLine);

    const none = await scan({ 'README.md': 'nothing to see\n' }, [...verify(), '--format', 'json']);
    expect(none.code).toBe(0);
    expect(parse(none).stats.verifyRequests).toEqual({});
    expect(none.stderr).toBe('secret-hygiene: verify: no requests sent\n');
    expect(iam.requests).toHaveLength(4);
  });
});

describe('the IAM URL', () => {
  it('is taken from SECRET_HYGIENE_IAM_URL, with or without /identity/token; --iam-url wins over it', async () => {
    const key = gen.ibmKey();
    iam.setKey(key, live());
    const files = { '.env': envFile([key]) };
    const fromEnv = await scan(files, ['--verify'], { SECRET_HYGIENE_IAM_URL: `${iam.url}/identity/token` });
    expect(fromEnv.code).toBe(1);
    expect(fromEnv.stdout).toContain('verification: live');
    const flagWins = await scan(files, verify(), { SECRET_HYGIENE_IAM_URL: 'https://127.0.0.1:1' });
    expect(flagWins.stdout).toContain('verification: live');
    expect(iam.requests.map((r) => r.path)).toEqual(['/identity/token', '/identity/token']);
  });

  it.each([
    [['--iam-url', 'http://iam.example.com'], {}, /--iam-url must use https: \(plain http: is accepted for loopback hosts only; got http:\/\/iam\.example\.com\)/],
    [[], { SECRET_HYGIENE_IAM_URL: 'http://10.1.2.3:8080' }, /SECRET_HYGIENE_IAM_URL must use https:/],
    [['--iam-url', 'ftp://127.0.0.1/'], {}, /--iam-url must use https:/],
    [['--iam-url', 'iam.cloud.ibm.com'], {}, /--iam-url must be an absolute URL/],
    [['--iam-url', 'https://user:secret@iam.cloud.ibm.com'], {}, /--iam-url must not carry credentials/],
  ])('refuses %j %j before scanning (exit 2)', async (args, env, message) => {
    const key = gen.ibmKey();
    const run = await scan({ '.env': envFile([key]) }, ['--verify', ...args], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('without --verify', () => {
  it('touches no network, even with an IAM URL configured', async () => {
    const key = gen.ibmKey();
    iam.setKey(key, live());
    const files = { '.env': envFile([key]), 'apikey.json': `{"apikey": "${gen.base64url(40)}"}\n` };
    const env = { SECRET_HYGIENE_IAM_URL: iam.url };
    const json = await scan(files, ['--format', 'json', '--iam-url', iam.url], env);
    expect(json.code).toBe(1);
    const report = parse(json);
    expect(report.findings).toHaveLength(2);
    expect(report.findings.some((f) => f.verification)).toBe(false);
    expect(report.stats.verifyRequests).toBeUndefined();
    expect(json.stderr).toBe('');
    const text = await scan(files, [], env);
    expect(text.stdout).not.toContain('verify');
    expect(iam.requests).toHaveLength(0);
  });
});

describe('offline token analysis', () => {
  it('shows an IAM token’s account, identity and expiry from its claims, with no network', async () => {
    const now = Math.floor(Date.now() / 1000);
    const [expired, valid] = [serviceId(), user()];
    const claims = (who: Identity, exp: number): Record<string, unknown> => ({
      iam_id: who.iamId,
      ...(who.subType === 'ServiceId' ? { sub_type: 'ServiceId' } : {}),
      account: { valid: true, bss: who.account },
      iat: exp - 3600,
      exp,
      iss: 'https://iam.cloud.ibm.com/identity',
    });
    const expiredToken = gen.jwt(claims(expired, now - 7200));
    const validToken = gen.jwt(claims(valid, now + 3600));
    const files = {
      'notes.md': `IC_IAM_TOKEN=${expiredToken}\n\ncurl -H "Authorization: Bearer ${validToken}" https://resource-controller.cloud.ibm.com/v2/resource_instances\n`,
    };
    const env = { SECRET_HYGIENE_IAM_URL: iam.url };
    const expiredAt = new Date((now - 7200) * 1000).toISOString();
    const validUntil = new Date((now + 3600) * 1000).toISOString();

    const json = await scan(files, ['--format', 'json'], env);
    const [first, second] = parse(json).findings;
    expect(first?.ruleId).toBe('ibm-iam-token');
    expect(first?.token).toEqual({ issuer: 'https://iam.cloud.ibm.com/identity', account: expired.account, identity: expired.iamId, subType: 'ServiceId', expiresAt: expiredAt, expired: true });
    expect(second?.token).toEqual({ issuer: 'https://iam.cloud.ibm.com/identity', account: valid.account, identity: valid.iamId, expiresAt: validUntil, expired: false });

    const text = await scan(files, [], env);
    expect(text.stdout).toContain(`IBM Cloud IAM access token (account ${expired.account}, identity ${expired.iamId} (ServiceId), expired ${expiredAt})`);
    expect(text.stdout).toContain(`IBM Cloud IAM access token (account ${valid.account}, identity ${valid.iamId}, valid until ${validUntil})`);

    const sarif = await scan(files, ['--format', 'sarif'], env);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ properties?: { token?: unknown } }> }> }).runs[0]?.results;
    expect(results?.map((r) => r.properties?.token)).toEqual([first?.token, second?.token]);

    for (const run of [json, text, sarif]) expectNoKey(run, [expiredToken, validToken, expiredToken.split('.')[1] as string]);
    expect(iam.requests).toHaveLength(0);
  });
});
