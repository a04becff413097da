import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for IBM Cloud IAM's POST /identity/token on 127.0.0.1, shaped as the "Mock IAM server contract"
// in /work/shared/reference/ibm-credentials.md: BXNIM-style error bodies, real-shaped RS256 JWTs, and knobs
// for what IBM does not document (statuses, Retry-After, slowness, resets, redirects, odd bodies).

export interface Identity {
  /** `iam-ServiceId-<uuid>` for a service ID, `IBMid-<10>` for a user. */
  iamId: string;
  /** 32-hex account id (`account.bss`). */
  account: string;
  subType?: 'ServiceId' | 'user';
}

const ERRORS = {
  BXNIM0415E: { status: 400, message: 'Provided API key could not be found.' },
  BXNIM0462E: { status: 400, message: 'Provided API key is disabled.' },
  BXNIM0439E: { status: 400, message: 'Provided API key has expired.' },
  BXNIM0436E: { status: 401, message: 'User is suspended in the requested account or invalid.' },
  BXNIM0410E: { status: 400, message: 'User not found or inactive.' },
  BXNIM0109E: { status: 400, message: 'Property missing or empty.' },
  BXNIM0106E: { status: 400, message: 'Validation of property failed.' },
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** How the mock answers one request for a key. */
export type Answer =
  | { kind: 'live'; identity: Identity }
  | { kind: 'error'; code: ErrorCode; status?: number }
  | { kind: 'status'; status: number; retryAfter?: string; body?: 'bxnim' | 'empty' | 'html' }
  /** Accept the connection, never answer. */
  | { kind: 'hang' }
  /** Send the headers and a few bytes, then stall. */
  | { kind: 'stall' }
  /** Close the connection without an answer. */
  | { kind: 'reset' }
  | { kind: 'redirect'; location: string; status?: number }
  /** 200 JSON whose access_token is not a JWT. */
  | { kind: 'no-jwt' }
  /** 200 with an HTML page (a captive portal, a proxy's error page). */
  | { kind: 'non-json' }
  /** 400 whose errorMessage repeats the key it was sent: a server that echoes must not make us print the key. */
  | { kind: 'echo' }
  /** Any body (JSON unless `contentType` says otherwise), built from the key it was sent: a hostile or broken server. */
  | { kind: 'raw'; status: number; body: (apikey: string) => string; contentType?: (apikey: string) => string };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  form: Record<string, string>;
  at: number;
}

export interface MockIam {
  /** Base URL, e.g. `http://127.0.0.1:43123`. */
  url: string;
  host: string;
  requests: RecordedRequest[];
  /** Most requests in flight at one time. */
  maxInFlight: number;
  /** Answers for a key, one per request in order; the last one repeats. A key with none is unknown to IAM. */
  setKey(apikey: string, ...answers: Answer[]): void;
  /** Delay before answering any request. */
  delayMs: number;
  requestsFor(apikey: string): RecordedRequest[];
  close(): Promise<void>;
}

let signingKey: KeyObject | undefined;

/** An IAM access token with the claims of reference §3.1, signed RS256 with a throwaway key. */
export function iamToken(identity: Identity, now = Math.floor(Date.now() / 1000)): string {
  signingKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const user = identity.subType === 'user';
  const id = identity.iamId.replace(/^iam-/, '');
  const payload = {
    iam_id: identity.iamId,
    id: identity.iamId,
    realmid: user ? 'IBMid' : 'iam',
    jti: randomUUID(),
    identifier: id,
    name: user ? 'Jane Doe' : 'ci-service-id',
    sub: user ? 'jane.doe@example.com' : id,
    ...(user ? { email: 'jane.doe@example.com', given_name: 'Jane', family_name: 'Doe' } : { sub_type: 'ServiceId' }),
    account: { valid: true, bss: identity.account, frozen: true },
    iat: now,
    exp: now + 3600,
    iss: 'https://iam.cloud.ibm.com/identity',
    grant_type: 'urn:ibm:params:oauth:grant-type:apikey',
    scope: 'ibm openid',
    client_id: 'default',
    acr: 1,
    amr: ['pwd'],
  };
  const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode({ kid: 'mock-key-1', alg: 'RS256' })}.${encode(payload)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), signingKey).toString('base64url')}`;
}

const stamp = (d: Date): string => {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}:${p(d.getUTCMilliseconds(), 3)} UTC`;
};

function bxnimBody(req: IncomingMessage, started: Date, code: string, message: string, details?: string): string {
  const ended = new Date();
  return JSON.stringify({
    errorCode: code,
    errorMessage: message,
    ...(details ? { errorDetails: details } : {}),
    context: {
      requestId: randomUUID(),
      requestType: 'incoming.Identity_Token',
      userAgent: req.headers['user-agent'] ?? '',
      url: 'https://iam.cloud.ibm.com',
      instanceId: 'iamid-mock-local',
      threadId: '2a909d',
      host: 'iamid-mock-local',
      startTime: stamp(started),
      endTime: stamp(ended),
      elapsedTime: String(ended.getTime() - started.getTime()),
      locale: 'en_US',
      clusterName: 'iam-id-mock-local',
    },
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startMockIam(): Promise<MockIam> {
  const keys = new Map<string, Answer[]>();
  let inFlight = 0;
  const requestsSent = new Map<string, number>();

  const json = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = new Date();
    const text = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://mock').pathname;
    const contentType = req.headers['content-type'] ?? '';
    const form = contentType.startsWith('application/x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(text)) : {};
    mock.requests.push({ method: req.method ?? '', path, headers: req.headers, form, at: Date.now() });
    if (mock.delayMs) await new Promise((r) => setTimeout(r, mock.delayMs));
    const fail = (status: number, code: string, message: string, details?: string): void =>
      json(res, status, bxnimBody(req, started, code, message, details));

    if (path !== '/identity/token') return json(res, 404, JSON.stringify({ error: 'not found' }));
    if (req.method !== 'POST') {
      return json(res, 405, JSON.stringify({ errorCode: 'BXNIM0060E', errorMessage: "Web application exception 'javax.ws.rs.ClientErrorException' during request processing.", errorDetails: 'HTTP 405 Method Not Allowed' }));
    }
    // What real IAM says to a malformed request (reference §4.3): our client must never get these.
    if (req.headers['content-length'] === undefined) return fail(400, 'BXNIM0109E', ERRORS.BXNIM0109E.message, "Property 'grant_type' either missing or empty.");
    if (form.grant_type !== 'urn:ibm:params:oauth:grant-type:apikey') return fail(400, 'BXNIM0109E', ERRORS.BXNIM0109E.message, "Property 'grant_type' either missing or empty.");
    if (form.response_type !== undefined && !['cloud_iam', 'delegated_refresh_token'].includes(form.response_type)) {
      return fail(400, 'BXNIM0106E', `Validation of property 'response_type' with value '${form.response_type}' failed. Valid values: 'cloud_iam, delegated_refresh_token'`);
    }
    const apikey = form.apikey;
    if (!apikey) return fail(400, 'BXNIM0109E', ERRORS.BXNIM0109E.message, "Property 'apikey' either missing or empty.");

    const answers = keys.get(apikey);
    const n = requestsSent.get(apikey) ?? 0;
    requestsSent.set(apikey, n + 1);
    const answer: Answer = answers?.[Math.min(n, answers.length - 1)] ?? { kind: 'error', code: 'BXNIM0415E' };
    switch (answer.kind) {
      case 'live': {
        const body = { access_token: iamToken(answer.identity), refresh_token: 'not_supported', token_type: 'Bearer', expires_in: 3600, expiration: Math.floor(Date.now() / 1000) + 3600, scope: 'ibm openid' };
        return json(res, 200, JSON.stringify(answer.identity.subType === 'user' ? { ...body, ims_user_id: 1234567 } : body));
      }
      case 'error':
        return fail(answer.status ?? ERRORS[answer.code].status, answer.code, ERRORS[answer.code].message);
      case 'status': {
        const headers: Record<string, string> = answer.retryAfter !== undefined ? { 'Retry-After': answer.retryAfter } : {};
        if (answer.body === 'html') {
          res.writeHead(answer.status, { ...headers, 'Content-Type': 'text/html' });
          return void res.end('<html><body><h1>Service Unavailable</h1></body></html>');
        }
        if (answer.body === 'bxnim') return json(res, answer.status, bxnimBody(req, started, 'BXNIM0001E', 'Too many requests.'), headers);
        res.writeHead(answer.status, headers);
        return void res.end();
      }
      case 'raw':
        return json(res, answer.status, answer.body(apikey), answer.contentType ? { 'Content-Type': answer.contentType(apikey) } : {});
      case 'hang':
        return;
      case 'stall':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return void res.write('{"access_token": "');
      case 'reset':
        return void req.socket.destroy();
      case 'redirect':
        res.writeHead(answer.status ?? 302, { Location: answer.location });
        return void res.end();
      case 'no-jwt':
        return json(res, 200, JSON.stringify({ access_token: 'not-a-jwt', token_type: 'Bearer', expires_in: 3600 }));
      case 'non-json':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        return void res.end('<html><body>Sign in to continue</body></html>');
      case 'echo':
        return fail(400, 'BXNIM0999E', `Cannot process the API key ${apikey} right now.`);
    }
  }

  const server = createServer((req, res) => {
    inFlight++;
    mock.maxInFlight = Math.max(mock.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    handle(req, res).catch((error: Error) => {
      res.destroy(error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const mock: MockIam = {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests: [],
    maxInFlight: 0,
    delayMs: 0,
    setKey(apikey, ...answers) {
      keys.set(apikey, answers);
    },
    requestsFor(apikey) {
      return mock.requests.filter((r) => r.form.apikey === apikey);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return mock;
}
