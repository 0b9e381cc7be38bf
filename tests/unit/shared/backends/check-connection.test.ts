import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOneTimeSecretBackend } from '../../../../src/shared/backends/onetimesecret/ots-backend.ts';
import type { FetchFunction } from '../../../../src/shared/backends/http.ts';
import { startStandIn, type StandIn } from '../../../support/ots-standin/server.ts';

// "Test connection" against the stand-in in each of its modes, over real HTTP.

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn({ accounts: { 'ops@example.com': 'token-123' } });
});
afterEach(() => standIn.close());

/** Node's fetch sends no Origin header; a browser extension's requests carry their own. */
const asExtension: FetchFunction = (url, init) =>
  fetch(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), Origin: 'chrome-extension://abcdefgh' },
  });

const check = (credentials?: { username: string; token: string }) =>
  createOneTimeSecretBackend({
    origin: standIn.origin,
    credentials,
    fetch: asExtension,
    timeoutMs: 2000,
  }).checkConnection();

describe('Test connection', () => {
  it('reports a working server, and leaves no test secret behind', async () => {
    expect(await check()).toEqual({
      reachable: { ok: true },
      credentials: 'none',
      creation: { ok: true, serverHost: new URL(standIn.origin).host },
    });
    expect(standIn.store.all().map((secret) => secret.state)).toEqual(['burned']);
  });

  it('accepts good credentials and says when they are wrong', async () => {
    expect((await check({ username: 'ops@example.com', token: 'token-123' })).credentials).toBe(
      'accepted',
    );
    const wrong = await check({ username: 'ops@example.com', token: 'nope' });
    expect(wrong.credentials).toBe('rejected');
    expect(wrong.creation).toEqual({
      ok: false,
      error: { code: 'unauthorized', params: { detail: 'Not authorized' } },
    });
  });

  it('says when the server takes no anonymous secrets, and that credentials fix it', async () => {
    standIn.configure({ anonymousDisabled: true });
    expect((await check()).creation).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(
      (await check({ username: 'ops@example.com', token: 'token-123' })).creation,
    ).toMatchObject({ ok: true });
  });

  it('says when an origin check turns extensions away', async () => {
    standIn.configure({ originCheck: true });
    const report = await check();
    expect(report.reachable).toEqual({ ok: true });
    expect(report.creation).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reports the host the server names in its own links', async () => {
    standIn.configure({ linkHost: 'ots.internal:3000' });
    expect((await check()).creation).toEqual({ ok: true, serverHost: 'ots.internal:3000' });
  });

  it('works through v2 where v1 is gone', async () => {
    standIn.setFault('v1-missing');
    expect(await check()).toMatchObject({ reachable: { ok: true }, creation: { ok: true } });
  });

  it.each([
    ['server-error', { code: 'server-error', params: { status: 500 } }],
    ['redirect', { code: 'redirect' }],
    ['captive-portal', { code: 'invalid-response' }],
  ] as const)('reports %s as unreachable, with the reason', async (fault, error) => {
    standIn.setFault(fault);
    const report = await check({ username: 'ops@example.com', token: 'token-123' });
    expect(report).toMatchObject({ reachable: { ok: false, error }, credentials: 'unchecked' });
    expect(report.creation).toBeUndefined();
  });

  it('reports a server that is down', async () => {
    await standIn.close();
    expect((await check()).reachable).toMatchObject({ ok: false, error: { code: 'network' } });
    standIn = await startStandIn();
  });
});
