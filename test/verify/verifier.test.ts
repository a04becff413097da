import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGen } from '../../rules/gen.js';
import { fingerprint, redact } from '../../src/engine/redact.js';
import type { RuleId, SecretFinding } from '../../src/types.js';
import { tokenEndpoint } from '../../src/verify/endpoint.js';
import { createVerifier } from '../../src/verify/verifier.js';
import { startMockIam, type MockIam } from '../helpers/mock-iam.js';

// The verifier in process, for what the CLI's defaults make slow to reach: the run's time budget.

const gen = createGen(0xb0d);

function finding(secret: string, line: number, ruleId: RuleId = 'ibm-cloud-api-key'): SecretFinding {
  return { ruleId, message: ruleId, severity: 'error', path: '.env', line, column: 1, endLine: line, endColumn: 45, redacted: redact(secret), fingerprint: fingerprint(ruleId, secret), secret };
}

let iam: MockIam;
beforeEach(async () => {
  iam = await startMockIam();
});
afterEach(() => iam.close());

it('sends no key once the time budget has run out, and says so', async () => {
  const [slow, late] = [gen.ibmKey(), gen.ibmKey()];
  iam.setKey(slow, { kind: 'hang' });
  const findings = [finding(slow, 1), finding(late, 2)];
  const verify = createVerifier({ endpoint: tokenEndpoint(iam.url, 'test'), timeoutMs: 400, budgetMs: 200, concurrency: 1 });

  const requests = await verify(findings);

  expect(requests).toEqual({ [iam.host]: 1 });
  expect(findings[0]?.verification).toEqual({ status: 'unknown', reason: `no answer from ${iam.host} within 0.4 s` });
  expect(findings[1]?.verification).toEqual({ status: 'unknown', reason: 'not sent: the verify time budget (0.2 s) ran out' });
  expect(iam.requestsFor(late)).toHaveLength(0);
});

it('sends only IAM API keys: tokens, HMAC keys and classic keys are never sent', async () => {
  const findings = [finding(gen.hex(48), 1, 'ibm-cos-hmac'), finding(gen.hex(64), 2, 'ibm-classic-api-key'), finding(gen.base64url(300), 3, 'bearer-token')];
  const requests = await createVerifier({ endpoint: tokenEndpoint(iam.url, 'test') })(findings);
  expect(requests).toEqual({});
  expect(iam.requests).toHaveLength(0);
  expect(findings.some((f) => f.verification)).toBe(false);
});
