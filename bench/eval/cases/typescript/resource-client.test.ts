import { describe, expect, it } from 'vitest';

const iamToken = '{{jwt:ibm}}';
const partnerToken = '{{jwt:other}}';
const nextUrl = '/v2/resource_instances?start={{b64bytes:180}}&limit=10';

describe('resource client', () => {
  it('sends the token', async () => {
    const headers = { Authorization: `Bearer ${iamToken}` };
    expect(headers.Authorization.startsWith('Bearer ')).toBe(true);
  });

  it('talks to the partner', async () => {
    const res = await fetch('https://partner.example/v1/me', { headers: { Authorization: 'Bearer {{b64url:40}}' } });
    expect(res.ok).toBe(true);
    expect(partnerToken.split('.')).toHaveLength(3);
    expect(nextUrl).toContain('start=');
  });
});
