import { createGen } from '../../rules/gen.js';
import { noHardcodedBearer } from '../../src/eslint/rules/no-hardcoded-bearer.js';
import { jsTester, tested, tsTester } from './rule-tester.js';

const gen = createGen(7002);
const token = gen.base64url(40);
const jwt = gen.jwt({ sub: 'svc-42', iss: 'https://auth.example.org' });
const error = (line: number, column: number) => ({ messageId: 'hardcodedBearer' as const, line, column });

jsTester.run('no-hardcoded-bearer (JavaScript)', tested(noHardcodedBearer), {
  valid: [
    { code: 'fetch(url, { headers: { Authorization: `Bearer ${token}` } });', name: 'template with a variable' },
    { code: "fetch(url, { headers: { Authorization: 'Bearer ' + accessToken } });", name: 'concatenated variable' },
    { code: "fetch(url, { headers: { Authorization: 'Bearer ' + (await getToken()) } });", name: 'an expression' },
    { code: 'fetch(url, { headers: { Authorization: `Bearer ${process.env.IAM_TOKEN}` } });', name: 'environment' },
    { code: "headers.set('Authorization', 'Bearer <access_token>');", name: 'placeholder' },
    { code: "headers.set('Authorization', 'Bearer YOUR_ACCESS_TOKEN_HERE');", name: 'placeholder wording' },
    { code: `headers.set('Authorization', 'Bearer ${'x'.repeat(32)}');`, name: 'masked' },
    { code: `fetch(url, { headers: { Authorization: 'Bearer ${jwt}' } });`, name: 'a JWT is no-embedded-credentials’ (one report per secret)' },
    { code: `const body = { token_type: 'Bearer', expires_in: 3600 };`, name: 'token type, not a header' },
    { code: `const h = { 'Content-Type': 'Bearer ${token}' };`, name: 'not an Authorization header' },
    { code: `fetch(url, { headers: { Authorization: 'Basic ${gen.base64('user:pass')}' } });`, name: 'Basic, not Bearer' },
    { code: `// secret-hygiene:allow -- test fixture\nheaders.set('Authorization', 'Bearer ${token}');`, name: 'allowed by a comment' },
  ],
  invalid: [
    { code: `fetch(url, { headers: { Authorization: 'Bearer ${token}' } });`, name: 'fetch headers', errors: [error(1, 48)] },
    {
      code: `fetch(url, {\n  headers: {\n    Authorization:\n      'Bearer ${token}',\n  },\n});`,
      name: 'value on the line after the header name',
      errors: [error(4, 15)],
    },
    { code: `fetch(url, { headers: { authorization: 'Bearer ' + '${token}' } });`, name: 'concatenated literals', errors: [error(1, 53)] },
    { code: `headers.set('Authorization', 'Bearer ${token}');`, name: 'Headers.set', errors: [error(1, 38)] },
    { code: `xhr.setRequestHeader('Authorization', \`Bearer ${token}\`);`, name: 'XMLHttpRequest', errors: [error(1, 47)] },
    { code: `const h = new Headers({ Authorization: 'Bearer ${token}' });`, name: 'new Headers({...})', errors: [error(1, 48)] },
    { code: `const h = new Headers([\n  [\n    'Authorization',\n    'Bearer ${token}',\n  ],\n]);`, name: 'new Headers([[...]])', errors: [error(4, 13)] },
    { code: `axios.defaults.headers.common['Authorization'] =\n  'Bearer ${token}';`, name: 'axios defaults', errors: [error(2, 11)] },
    {
      code: `const TOKEN = '${token}';\nfetch(url, { headers: { Authorization: \`Bearer \${TOKEN}\` } });`,
      name: 'a const holding a literal token is a literal token',
      errors: [error(1, 16)],
    },
    {
      code: `const TOKEN = '${token}';\nget(url, { headers: { Authorization: \`Bearer \${TOKEN}\` } });\nput(url, { headers: { Authorization: 'Bearer ' + TOKEN } });`,
      name: 'reported once, where the token is, however many headers use it',
      errors: [error(1, 16)],
    },
    { code: `// curl -H "Authorization: Bearer ${token}" https://api.example.com`, name: 'curl in a comment, as the CLI reports it', errors: [error(1, 35)] },
  ],
});

tsTester.run('no-hardcoded-bearer (TypeScript)', tested(noHardcodedBearer), {
  valid: [
    { code: 'const h: HeadersInit = { Authorization: `Bearer ${token as string}` };', name: 'typed variable' },
    { code: `const h = { 'X-Trace': 'Bearer ${token}' };`, options: [{ headerNames: ['Authorization'] }], name: 'header not in headerNames' },
  ],
  invalid: [
    { code: `const h: HeadersInit = {\n  Authorization:\n    'Bearer ${token}' as string,\n};`, name: 'typed headers', errors: [error(3, 13)] },
    { code: `const h = {\n  'X-Api-Token':\n    'Bearer ${token}',\n};`, options: [{ headerNames: ['X-Api-Token'] }], name: 'custom header name', errors: [error(3, 13)] },
  ],
});
