import { describe, expect, it } from 'vitest';
import { describeBackendHost } from '../../../src/shared/backend-host.ts';
import { checkBackendUrl } from '../../../src/shared/backend-url.ts';

describe('the backend URL check (security cases 24-26)', () => {
  it.each([
    ['https://onetimesecret.com', 'https://onetimesecret.com'],
    ['https://EU.OneTimeSecret.com/', 'https://eu.onetimesecret.com'],
    ['http://localhost:7143', 'http://localhost:7143'],
    ['http://127.0.0.1:7143', 'http://127.0.0.1:7143'],
    ['http://[::1]:7143', 'http://[::1]:7143'],
    ['https://ots.example.com:443', 'https://ots.example.com'],
  ])('accepts %s as %s', (input, origin) => {
    expect(checkBackendUrl(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['https://ots.example.com:8443/secret/abc', 'https://ots.example.com:8443', '/secret/abc'],
    // The LastPass-style confusion: the part after the slash is a path, never the host.
    ['https://evil.example/@onetimesecret.com', 'https://evil.example', '/@onetimesecret.com'],
  ])('keeps only the origin of %s and says what it left out', (input, origin, droppedPath) => {
    expect(checkBackendUrl(input)).toEqual({ ok: true, origin, droppedPath });
  });

  it.each([
    ['', 'empty'],
    ['http://example.com', 'insecure-http'],
    ['http://127.0.0.2.example.com', 'insecure-http'],
    ['http://10.0.0.5', 'insecure-http'],
    ['https://user:pass@host.example', 'credentials'],
    ['https://onetimesecret.com@evil.example', 'credentials'],
    ['javascript:alert(1)', 'not-a-url'],
    ['file:///etc/passwd', 'scheme'],
    ['data:,x', 'not-a-url'],
    ['ftp://host.example', 'scheme'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/', 'scheme'],
    ['moz-extension://1234/', 'scheme'],
    ['blob:https://host.example/1', 'not-a-url'],
    ['https://host.example/?a=b', 'query-or-fragment'],
    ['https://host.example/#x', 'query-or-fragment'],
    ['https://host.example/?', 'query-or-fragment'],
    ['//host.example', 'not-a-url'],
    ['host.example', 'not-a-url'],
    ['https://', 'not-a-url'],
    [' https://host.example', 'whitespace'],
    ['https://host.example ', 'whitespace'],
    ['https://host.example\n', 'whitespace'],
    ['https:// host.example', 'whitespace'],
    ['https://onetimesecret.com\u202E.evil.example', 'hidden-characters'],
    ['https://one\u200Btimesecret.com', 'hidden-characters'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkBackendUrl(input)).toEqual({ ok: false, problem });
  });

  it('stores a Cyrillic look-alike as its ASCII origin and names the letters that are not Latin', () => {
    const check = checkBackendUrl('https://оnetimesecret.com'); // Cyrillic о
    expect(check).toEqual({ ok: true, origin: 'https://xn--netimesecret-3fk.com' });
    expect(describeBackendHost('https://xn--netimesecret-3fk.com')).toEqual({
      host: 'xn--netimesecret-3fk.com',
      lookalike: { unicode: 'оnetimesecret.com' },
      localHttp: false,
      privateNetwork: false,
    });
  });

  it('decodes a host typed in punycode as well', () => {
    const check = checkBackendUrl('https://xn--e1awd.com');
    expect(check.ok && describeBackendHost(check.origin).lookalike).toEqual({
      unicode: 'ерс.com',
    });
  });

  it.each([
    ['http://localhost:7143', { localHttp: true, privateNetwork: true }],
    ['https://10.1.2.3', { localHttp: false, privateNetwork: true }],
    ['https://192.168.0.10:8443', { localHttp: false, privateNetwork: true }],
    ['https://ots', { localHttp: false, privateNetwork: true }],
    ['https://ots.corp.internal', { localHttp: false, privateNetwork: true }],
    ['https://[fd00::1]', { localHttp: false, privateNetwork: true }],
    ['https://8.8.8.8', { localHttp: false, privateNetwork: false }],
    ['https://eu.onetimesecret.com', { localHttp: false, privateNetwork: false }],
  ])('says whether %s is local or private', (origin, facts) => {
    expect(describeBackendHost(origin)).toMatchObject(facts);
  });
});
