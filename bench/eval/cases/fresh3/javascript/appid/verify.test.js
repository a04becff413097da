const { IamTokenManager } = require('ibm-watson/auth');

// App ID issues this token; IAM does not.
const appIdToken = '{{jwt:appid}}';
const sample = '{{jwt:jwtio}}';

test('rejects non-IAM tokens', () => {
  expect(() => new IamTokenManager({ apikey: process.env.APIKEY }).validate(appIdToken)).toThrow();
});
