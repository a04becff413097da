import { noApiConnectBasicAuth } from '../../src/eslint/rules/no-api-connect-basic-auth.js';
import { jsTester, tested, tsTester } from './rule-tester.js';

// Hosts are assembled at run time so that this file itself names no API Connect host next to Basic auth.
const H = ['us', 'apiconnect', 'ibmcloud', 'com'].join('.');
const H2 = ['myorg', 'eu-de', 'apiconnect', 'automation', 'ibm', 'com'].join('.');
const MANAGER = ['apimanager', 'example', 'com'].join('.');
const filler = Array.from({ length: 10 }, (_, i) => `const step${i} = ${i};`).join('\n');
const header = (line: number, column: number, host = H) => ({ messageId: 'basicHeader' as const, line, column, data: { host } });
const option = (line: number, column: number, host = H) => ({ messageId: 'authOption' as const, line, column, data: { host } });

jsTester.run('no-api-connect-basic-auth (JavaScript)', tested(noApiConnectBasicAuth), {
  valid: [
    {
      code: "fetch('https://api.example.com/v1/me', { headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) } });",
      name: 'Basic auth to a host that is not API Connect',
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\nfetch(\`\${BASE}/v1/me\`, { headers: { Authorization: \`Bearer \${token}\` } });`,
      name: 'a bearer token: what API Connect wants',
    },
    { code: `fetch('https://${H}/v1/me', { headers: { Authorization: 'Basic Yng6Yng=' } });`, name: 'the public IBM Cloud CLI client bx:bx' },
    {
      code: `const BASE = 'https://${H}';\naxios.get('https://api.example.com/x', { auth: { username: u, password: p } });`,
      name: 'an API Connect host in the module, but this request goes elsewhere',
    },
    { code: `request({ url: 'https://${H}/v1/me', auth: { bearer: token } });`, name: 'request’s bearer option' },
    { code: `superagent.get('https://${H}/v1/me').auth(token, { type: 'bearer' });`, name: 'superagent bearer' },
    { code: `fetch('https://${H}/v1/me');`, name: 'no credentials at all' },
    { code: "function headers(u, p) {\n  return { Authorization: 'Basic ' + btoa(u + ':' + p) };\n}", name: 'Basic header with no API Connect host in sight' },
    { code: `// https://${H} stopped accepting Basic authentication in 2018.`, name: 'prose' },
    { code: `got(\`https://${H}/token\`, { json: { username, password, realm: 'provider/default-idp-2' } });`, name: 'a token request body' },
  ],
  invalid: [
    {
      code: `fetch('https://${H}/v1/me', { headers: { Authorization: 'Basic ' + btoa(user + ':' + pass) } });`,
      name: "'Basic ' + btoa(…)",
      errors: [header(1, 80)],
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\nasync function me() {\n  return fetch(\`\${BASE}/v1/me\`, { headers: { Authorization: \`Basic \${creds}\` } });\n}`,
      name: 'host in a const far above the request, header from a template',
      errors: [header(13, 68)],
    },
    {
      code: `const URL = 'https://${H2}/api';\nconst opts = {\n  headers: {\n    Authorization: 'Basic ' + Buffer.from(\`\${user}:\${pass}\`).toString('base64'),\n  },\n};\n${filler}\nfetch(URL + '/catalogs', opts);`,
      name: 'Buffer base64 header in an options object at module level',
      errors: [header(4, 21, H2)],
    },
    {
      code: `fetch('https://${H}/v1/me', {\n  headers: { Authorization: 'Basic YWRtaW46cGFzc3cwcmQ=' },\n});`,
      name: 'literal header value (reported where the CLI reports it)',
      errors: [header(2, 36)],
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\naxios.get(\`\${BASE}/v1/me\`, { auth: { username: u, password: p } });`,
      name: 'axios auth option',
      errors: [option(12, 30)],
    },
    {
      code: `const BASE = 'https://${H}';\nconst api = axios.create({ baseURL: BASE });\n${filler}\napi.get('/v1/me', { auth: { username: u, password: p } });`,
      name: 'auth on a request of an axios instance made for API Connect',
      errors: [option(13, 21)],
    },
    {
      code: `const baseURL = 'https://${H}';\n${filler}\nconst api = axios.create({\n  baseURL,\n  headers: { Authorization: \`Basic \${encoded}\` },\n});`,
      name: 'axios.create({ baseURL, headers })',
      errors: [header(14, 29)],
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\ngot(BASE + '/v1/me', { username: u, password: p });`,
      name: 'got username and password',
      errors: [option(12, 37)],
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\nsuperagent.get(BASE + '/v1/me').auth(user, pass);`,
      name: 'superagent .auth(user, pass)',
      errors: [option(12, 32)],
    },
    {
      code: `const BASE = 'https://${H}';\n${filler}\nhttps.request({ hostname: '${MANAGER}', auth: \`\${user}:\${pass}\` });`,
      name: 'node:http auth string to apimanager.*',
      errors: [option(12, 53, MANAGER)],
    },
    {
      code: `const xhr = new XMLHttpRequest();\nxhr.open('GET', 'https://${H}/v1/me');\n${filler}\nxhr.setRequestHeader('Authorization', 'Basic ' + encoded);`,
      name: 'XMLHttpRequest with the host in the same module',
      errors: [header(13, 39)],
    },
    {
      code: `const HOST = '${H}';\nconst url = \`https://\${user}:\${pass}@\${HOST}/v1/me\`;`,
      name: 'user:pass@ URL built from variables',
      errors: [{ messageId: 'urlCredentials', line: 2, column: 13, data: { host: H } }],
    },
    {
      code: `const url = 'https://admin:s3cret@${MANAGER}/v1/orgs';`,
      name: 'user:pass@ literal URL (reported where the CLI reports it)',
      errors: [{ messageId: 'urlCredentials', line: 1, column: 22, data: { host: MANAGER } }],
    },
    {
      code: `const BASE = 'https://apic.corp.example';\n${filler}\nfetch(BASE, { headers: { Authorization: 'Basic ' + enc } });`,
      options: [{ hosts: ['^apic\\.corp\\.example$'] }],
      name: 'an on-premises API Connect host from the options',
      errors: [header(12, 41, 'apic.corp.example')],
    },
  ],
});

tsTester.run('no-api-connect-basic-auth (TypeScript)', tested(noApiConnectBasicAuth), {
  valid: [
    {
      code: "const h: Record<string, string> = { Authorization: 'Basic ' + btoa(`${u}:${p}`) };\nawait fetch('https://api.example.com', { headers: h });",
      name: 'typed Basic header to another host',
    },
  ],
  invalid: [
    {
      code: `const BASE = 'https://${H}' as const;\n${filler}\nexport async function me(user: string, pass: string): Promise<Response> {\n  const headers = new Headers({ Authorization: \`Basic \${btoa(\`\${user}:\${pass}\`)}\` });\n  return fetch(\`\${BASE}/v1/me\`, { headers });\n}`,
      name: 'new Headers({...}) in a function that calls API Connect',
      errors: [header(13, 48)],
    },
  ],
});
