import { createGen, RULES } from '../../rules/index.js';
import { fingerprint, redact } from '../../src/engine/redact.js';
import type { CommitInfo, Finding, RuleId, ScanResult, SecretFinding, Stats } from '../../src/types.js';

// Stable inputs for reporter golden files: findings built from the catalog's rule ids and messages
// with seeded key-shaped secrets, fixed positions and a fixed duration. Detection is not involved,
// so a change in a detector does not churn the reporters' golden files.

function finding(ruleId: RuleId, path: string, line: number, column: number, secret: string, extra: Partial<Finding> = {}): SecretFinding {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in the catalog`);
  return {
    ruleId,
    message: rule.message,
    severity: rule.severity,
    path,
    line,
    column,
    endLine: line,
    endColumn: column + secret.length,
    redacted: redact(secret),
    fingerprint: fingerprint(ruleId, secret),
    secret,
    ...extra,
  };
}

const stats = (extra: Partial<Stats> = {}): Stats => ({
  files: 3,
  bytes: 18_432,
  skipped: { binary: 0, files: [] },
  errors: [],
  notes: [],
  baselined: 0,
  suppressed: 0,
  detectorErrors: 0,
  durationMs: 1234,
  ...extra,
});

/** Findings that still carry their secrets: the tests check that no reporter prints one. */
export function fileFindings(): SecretFinding[] {
  const gen = createGen(4242);
  return [
    finding('ibm-cloud-api-key', '.env', 3, 18, gen.ibmKey()),
    finding('ibm-cos-hmac', 'config/cos credentials.json', 4, 27, gen.hex(48)),
    finding('bearer-token', 'docs/naïve café.md', 12, 26, gen.base64url(40)),
    finding('api-connect-basic-auth', 'scripts/deploy.sh', 7, 9, 'admin:passw0rd', { message: 'HTTP Basic credentials sent to IBM API Connect (us.apiconnect.ibmcloud.com)' }),
    finding('jwt', 'src/client.ts', 1, 16, gen.jwt({ sub: 'svc-42' })),
  ];
}

const publicOf = ({ secret: _secret, ...f }: SecretFinding): Finding => f;

/** `scan` of a work tree: findings in several files, a skipped file, a binary, a note. */
export function filesResult(): ScanResult {
  return {
    findings: fileFindings().map(publicOf),
    suppressed: [],
    stats: stats({
      skipped: { binary: 2, files: [{ path: 'fifo', reason: 'not-a-file' }, { path: 'link-out', reason: 'symlink-outside-root' }] },
      notes: ['nothing to scan in empty: it is empty, or everything in it is ignored'],
      baselined: 1,
    }),
  };
}

/** A scan that could not read everything: the reporters must not look clean. */
export function incompleteResult(): ScanResult {
  return {
    findings: [],
    suppressed: [],
    stats: stats({ errors: [{ path: 'private/keys.txt', message: 'cannot read: permission denied (EACCES)' }] }),
  };
}

export function cleanResult(): ScanResult {
  return { findings: [], suppressed: [], stats: stats() };
}

const commit: CommitInfo = { sha: '3f2a9c1e0b7d4a6f8e5c2b1a0d9f8e7c6b5a4f3e', author: 'Jane Doe', email: 'jane@example.com', date: '2026-03-14T09:26:53Z' };

export function historyFindings(): SecretFinding[] {
  const gen = createGen(4343);
  return [
    finding('ibm-cloud-api-key', 'deploy/ibm.tf', 4, 22, gen.ibmKey(), {
      commit,
      verification: { status: 'live', account: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', identity: 'iam-ServiceId-3baff598-ddf1-4c44-9424-3255e57361a3' },
    }),
    finding('ibm-cloud-api-key', 'old/.env', 1, 18, gen.ibmKey(), { commit, verification: { status: 'invalid', reason: 'BXNIM0415E: the API key was not found' } }),
    finding('ibm-iam-token', '(commit-message)', 2, 1, gen.jwt({ iss: 'https://iam.cloud.ibm.com/identity' }), {
      commit,
      token: { issuer: 'https://iam.cloud.ibm.com/identity', account: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', identity: 'IBMid-55000ABCDE', subType: 'user', expiresAt: '2026-03-14T10:26:53Z', expired: true },
    }),
  ];
}

/** A finding an inline allow comment let through, with its reason. */
export function suppressedFindings(): SecretFinding[] {
  const gen = createGen(4444);
  return [finding('ibm-cloud-api-key', 'docs/example.md', 8, 12, gen.ibmKey(), { commit, suppression: { kind: 'inSource', justification: 'revoked sample key' } })];
}

/**
 * `history` of a pull-request range with commits, verification results, a decoded token, a finding allowed
 * inline and a change to the config that the run did not apply.
 */
export function historyResult(): ScanResult {
  return {
    findings: historyFindings().map(publicOf),
    suppressed: suppressedFindings().map(publicOf),
    warnings: [
      {
        path: '.secret-hygiene.json',
        severity: 'warning',
        message: '.secret-hygiene.json changed in this range (ignore adds "**"); not applied: this run uses the version at the base 0a1b2c3d4e5f',
      },
    ],
    stats: stats({ commits: 42, files: 120, suppressed: 1, verifyRequests: { 'iam.cloud.ibm.com': 2 } }),
  };
}
