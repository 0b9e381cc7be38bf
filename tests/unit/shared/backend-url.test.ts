import { describe, expect, it } from 'vitest';
import { checkBackendUrl } from '../../../src/shared/backend-url.ts';

describe('the backend URL check (security cases 24-25)', () => {
  it.each([
    ['https://onetimesecret.com', 'https://onetimesecret.com'],
    ['  https://EU.OneTimeSecret.com/  ', 'https://eu.onetimesecret.com'],
    ['https://ots.example.com:8443/secret/abc', 'https://ots.example.com:8443'],
    ['http://localhost:7143', 'http://localhost:7143'],
    ['http://127.0.0.1:7143', 'http://127.0.0.1:7143'],
    ['http://[::1]:7143', 'http://[::1]:7143'],
  ])('accepts %s as %s', (input, origin) => {
    expect(checkBackendUrl(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['http://example.com', 'insecure-http'],
    ['http://127.0.0.2.example.com', 'insecure-http'],
    ['https://user:pass@host.example', 'credentials'],
    ['javascript:alert(1)', 'not-a-url'],
    ['file:///etc/passwd', 'scheme'],
    ['data:,x', 'not-a-url'],
    ['ftp://host.example', 'scheme'],
    ['https://host.example/?a=b', 'query-or-fragment'],
    ['https://host.example/#x', 'query-or-fragment'],
    ['https://host.example/?', 'query-or-fragment'],
    ['//host.example', 'not-a-url'],
    ['host.example', 'not-a-url'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkBackendUrl(input)).toEqual({ ok: false, problem });
  });
});
