import { describe, expect, it } from 'vitest';
import { isLoopback, resolveEndpoint, tokenEndpoint } from '../../src/verify/endpoint.js';

describe('tokenEndpoint', () => {
  it.each([
    ['https://iam.cloud.ibm.com', 'https://iam.cloud.ibm.com/identity/token'],
    ['https://private.iam.cloud.ibm.com/', 'https://private.iam.cloud.ibm.com/identity/token'],
    ['https://private.us-south.iam.cloud.ibm.com/identity/token', 'https://private.us-south.iam.cloud.ibm.com/identity/token'],
    ['https://proxy.example.com/ibm-iam//', 'https://proxy.example.com/ibm-iam/identity/token'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/identity/token'],
    ['http://localhost:8080/identity/token/', 'http://localhost:8080/identity/token'],
    ['http://[::1]:8080', 'http://[::1]:8080/identity/token'],
  ])('%s → %s', (base, expected) => {
    expect(tokenEndpoint(base, '--iam-url').href).toBe(expected);
  });

  it.each([
    ['http://iam.cloud.ibm.com', /must use https:/],
    ['http://127.0.0.1.nip.io', /must use https:/],
    ['http://192.168.1.10', /must use https:/],
    ['ws://127.0.0.1', /must use https:/],
    ['iam.cloud.ibm.com', /absolute URL/],
    ['https://a:b@iam.cloud.ibm.com', /credentials/],
    ['https://iam.cloud.ibm.com/?x=1', /query or a fragment/],
    ['https://iam.cloud.ibm.com/#top', /query or a fragment/],
  ])('refuses %s', (base, message) => {
    expect(() => tokenEndpoint(base, '--iam-url')).toThrow(message);
  });
});

describe('isLoopback', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['127.example.com', false],
    ['10.0.0.1', false],
    ['[::ffff:7f00:1]', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe('resolveEndpoint', () => {
  it('takes the flag, then SECRET_HYGIENE_IAM_URL, then the public endpoint', () => {
    const env = { SECRET_HYGIENE_IAM_URL: 'https://private.iam.cloud.ibm.com' };
    expect(resolveEndpoint('https://iam.test.cloud.ibm.com', env).href).toBe('https://iam.test.cloud.ibm.com/identity/token');
    expect(resolveEndpoint(undefined, env).href).toBe('https://private.iam.cloud.ibm.com/identity/token');
    expect(resolveEndpoint(undefined, {}).href).toBe('https://iam.cloud.ibm.com/identity/token');
  });
});
