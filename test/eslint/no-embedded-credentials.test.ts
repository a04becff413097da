import { createGen } from '../../rules/gen.js';
import { noEmbeddedCredentials } from '../../src/eslint/rules/no-embedded-credentials.js';
import { jsTester, tested, tsTester } from './rule-tester.js';

// Key-shaped values come from a seeded generator: the repository holds none.
const gen = createGen(7001);
const key = gen.ibmKey();
const key2 = gen.ibmKey();
const classic = gen.hex(64);
const token = gen.base64url(40);
const jwt = gen.jwt({ sub: 'svc-42', iss: 'https://auth.example.org', exp: 4102444800 });
const iamToken = gen.jwt({ iam_id: 'IBMid-1234567ABC', iss: 'https://iam.cloud.ibm.com/identity', exp: 1500000000, account: { bss: 'a1b2c3' } });
const env = 'process.env.IBMCLOUD_API_KEY';
/** What the suggestion writes: a `string` where strict TypeScript wants one. */
const fromEnv = `${env} ?? ''`;
const useEnv = (output: string) => [{ messageId: 'useEnv' as const, output }];

jsTester.run('no-embedded-credentials (JavaScript)', tested(noEmbeddedCredentials), {
  valid: [
    { code: `const apikey = ${env};`, name: 'environment reference' },
    { code: `const auth = new IamAuthenticator({ apikey: process.env.IBMCLOUD_API_KEY });`, name: 'SDK call reading the environment' },
    { code: `const auth = new IamAuthenticator({ apikey });`, name: 'shorthand property' },
    { code: `const apikey = '<API_KEY>';`, name: 'placeholder' },
    { code: `const apikey = 'YOUR_IBM_CLOUD_API_KEY_GOES_HERE_PLEASE_1234';`, name: 'placeholder wording' },
    { code: `const apikey = '${'x'.repeat(44)}';`, name: 'masked value' },
    { code: `const nonce = '${key}';`, name: 'key-shaped value without IBM context' },
    { code: `const ids = ['${key}', '${key2}'];`, name: 'a list of ids' },
    { code: `const googleApiKey = '${key}';`, name: "another vendor's key" },
    { code: `fetch(url, { headers: { Authorization: 'Bearer ${token}' } });`, name: 'a bearer token is no-hardcoded-bearer’s' },
    { code: `// secret-hygiene:allow -- test fixture\nconst apikey = '${key}';`, name: 'allowed by a comment on the line above' },
    { code: `const apikey = '${key}'; // secret-hygiene:allow -- test fixture`, name: 'allowed by a comment on the line' },
    { code: `const token = '${jwt}';`, options: [{ off: ['jwt'] }], name: 'catalog rule turned off' },
    { code: `const apikey = '${key}';`, options: [{ allow: [`^${key.slice(0, 12)}`] }], name: 'allow pattern on the secret' },
  ],
  invalid: [
    {
      code: `const auth = new IamAuthenticator({ apikey: '${key}' });`,
      name: 'key in an SDK call',
      errors: [{ messageId: 'embedded', line: 1, column: 46, suggestions: useEnv(`const auth = new IamAuthenticator({ apikey: ${fromEnv} });`) }],
    },
    {
      code: `const iamApiKey = '${key}';`,
      errors: [{ messageId: 'embedded', line: 1, column: 20, suggestions: useEnv(`const iamApiKey = ${fromEnv};`) }],
    },
    {
      code: `const config = {\n  apikey: // production\n    '${key}',\n};`,
      name: 'property key across a comment (the AST sees what the text hides)',
      errors: [{ messageId: 'embedded', line: 3, column: 6, suggestions: useEnv(`const config = {\n  apikey: // production\n    ${fromEnv},\n};`) }],
    },
    {
      code: `const apikey = \`${key}\`;`,
      name: 'template literal',
      errors: [{ messageId: 'embedded', line: 1, column: 17, suggestions: useEnv(`const apikey = ${fromEnv};`) }],
    },
    {
      code: `import { IamAuthenticator } from 'ibm-cloud-sdk-core';\nnew IamAuthenticator({ apikey: String.raw\`${key}\` });`,
      name: 'a tagged template: no suggestion, which would call the tag another way',
      errors: [{ messageId: 'embedded', line: 2, column: 43, suggestions: [] }],
    },
    {
      code: `// IBMCLOUD_API_KEY=${key}\nrun();`,
      name: 'comment',
      errors: [{ messageId: 'embedded', line: 1, column: 21, suggestions: [] }],
    },
    {
      code: `/*\n * token: ${jwt}\n */`,
      name: 'JWT in a block comment',
      errors: [{ messageId: 'embedded', line: 2, column: 11 }],
    },
    {
      code: `const token = '${jwt}';`,
      name: 'JWT in a string',
      errors: [{ messageId: 'embedded', line: 1, column: 16, data: { what: 'JSON Web Token', redacted: `${jwt.slice(0, 4)}…(${jwt.length} chars)` } }],
    },
    {
      code: `const t = "${iamToken}";`,
      name: 'IBM IAM token, with what its claims say',
      errors: [{ messageId: 'embedded', line: 1, column: 12, data: { what: 'IBM Cloud IAM access token (account a1b2c3, identity IBMid-1234567ABC, expired 2017-07-14T02:40:00.000Z)', redacted: `${iamToken.slice(0, 4)}…(${iamToken.length} chars)` } }],
    },
    {
      code: `const login = <Login apikey="${key}" />;`,
      name: 'JSX attribute',
      errors: [{ messageId: 'embedded', line: 1, column: 30, suggestions: useEnv(`const login = <Login apikey={${fromEnv}} />;`) }],
    },
    {
      code: `const help = <p>Use apikey: ${key}</p>;`,
      name: 'JSX text',
      errors: [{ messageId: 'embedded', line: 1, column: 29, suggestions: [] }],
    },
    {
      code: `const manifest = \`\nkind: Secret\ndata:\n  credentials: ${gen.base64(`apikey: ${key2}`)}\n\`;`,
      name: 'a base64 value of a Kubernetes Secret in a template, decoded as the CLI decodes it',
      errors: [{ messageId: 'embedded', line: 4, column: 16, suggestions: [] }],
    },
    {
      code: `const auth = new IamAuthenticator({ apikey: '${key}' });`,
      options: [{ envVariable: 'WATSON_APIKEY' }],
      name: 'suggestion reads the configured variable',
      errors: [{ messageId: 'embedded', line: 1, column: 46, suggestions: [{ messageId: 'useEnv', data: { envVariable: 'WATSON_APIKEY' }, output: `const auth = new IamAuthenticator({ apikey: process.env.WATSON_APIKEY ?? '' });` }] }],
    },
  ],
});

tsTester.run('no-embedded-credentials (TypeScript)', tested(noEmbeddedCredentials), {
  valid: [
    { code: `const apiKey: string = process.env.IBMCLOUD_API_KEY ?? '';`, name: 'environment with an empty fallback' },
    { code: `type Key = '${key}';`, name: 'no IBM name for a type' },
    { code: `const sessionId: string = '${key}';`, name: 'typed, but not an IBM name' },
  ],
  invalid: [
    {
      code: `const apiKey: string = '${key}';`,
      name: 'type annotation between name and value',
      errors: [{ messageId: 'embedded', line: 1, column: 25, suggestions: useEnv(`const apiKey: string = ${fromEnv};`) }],
    },
    {
      code: `const key = process.env.IBMCLOUD_API_KEY ?? '${key}';`,
      name: 'fallback for an environment variable',
      errors: [{ messageId: 'embedded', line: 1, column: 46, suggestions: useEnv(`const key = process.env.IBMCLOUD_API_KEY ?? (${fromEnv});`) }],
    },
    {
      code: `class Client {\n  private readonly apikey = '${key}' as const;\n}`,
      name: 'class field',
      errors: [{ messageId: 'embedded', line: 2, column: 30, suggestions: useEnv(`class Client {\n  private readonly apikey = ${fromEnv};\n}`) }],
    },
    {
      code: `function connect(apikey: string = '${key}') {}`,
      name: 'parameter default',
      errors: [{ messageId: 'embedded', line: 1, column: 36, suggestions: useEnv(`function connect(apikey: string = ${fromEnv}) {}`) }],
    },
    {
      code: `const slApiKey: string = '${classic}';`,
      name: 'classic infrastructure key behind a type annotation',
      errors: [{ messageId: 'embedded', line: 1, column: 27, suggestions: [] }],
    },
    {
      code: `const el = <Login apikey="${key}" />;`,
      filename: 'login.tsx',
      name: 'TSX attribute',
      errors: [{ messageId: 'embedded', line: 1, column: 27, suggestions: useEnv(`const el = <Login apikey={${fromEnv}} />;`) }],
    },
  ],
});
