import { describe, expect, it } from 'vitest';
import { placeholderReason } from '../../src/engine/placeholder.js';

describe('placeholderReason', () => {
  it.each([
    '<API_KEY>',
    '<your IBM Cloud API key>',
    'YOUR_API_KEY',
    'my-secret',
    'xxxxxxxxxxxxxxxx',
    'xxxx-xxxx-xxxx-xxxx',
    '********',
    '[REDACTED]',
    '${IBMCLOUD_API_KEY}',
    '$(cat /run/secrets/key)',
    '((ibmcloud_api_key))',
    '{{ .Values.apikey }}',
    '$IBMCLOUD_API_KEY',
    '%IBMCLOUD_API_KEY%',
    '@apikey.json',
    'changeme',
    'replace-me-with-a-real-key',
    'abc...xyz',
    'test-token',
    'not_a_real_key_0123',
  ])('%s is a placeholder', (value) => {
    expect(placeholderReason(value)).toBeDefined();
  });

  it.each([
    'Xy7Kp2Mq9Zw4Av8Rt3Ln6Bc1Hd5Fg0Js2Wx4Yz6Ab8Cd',
    'q7RzMyKEyUFYm4hJ8kYb',
    'RNiENTer-PF8wBDXAqWi',
    'Tz9testQ2',
    'a0b1xxxxc2',
  ])('%s is not', (value) => {
    expect(placeholderReason(value)).toBeUndefined();
  });
});
