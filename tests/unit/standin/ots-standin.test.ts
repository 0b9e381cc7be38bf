import { afterEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../support/ots-standin/server.ts';

// The stand-in must behave as the One-Time Secret API does, or the other tests prove nothing.

let standIn: StandIn | undefined;
let clock = Date.UTC(2026, 10, 21, 12);
afterEach(() => standIn?.close());

async function start(options: Parameters<typeof startStandIn>[0] = {}): Promise<StandIn> {
  clock = Date.UTC(2026, 10, 21, 12);
  standIn = await startStandIn({ now: () => clock, ...options });
  return standIn;
}

async function post(path: string, form: Record<string, string> = {}) {
  const response = await fetch(`${standIn?.origin}${path}`, {
    method: 'POST',
    body: new URLSearchParams(form),
  });
  return {
    status: response.status,
    intended: response.headers.get('x-ots-intended-status'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

async function get(path: string) {
  const response = await fetch(`${standIn?.origin}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the One-Time Secret stand-in', () => {
  it('answers v1 and v2 status', async () => {
    await start();
    expect((await get('/api/v1/status')).body).toEqual({ status: 'nominal', locale: 'en' });
    expect((await get('/api/v2/status')).body).toEqual({
      success: true,
      status: 'nominal',
      locale: 'en',
    });
  });

  it('generates a secret and shows its value once in the answer', async () => {
    await start();
    const generated = await post('/api/v1/generate', { length: '16', ttl: '3600' });
    expect(generated.body['value']).toMatch(/^\w{16}$/);
    const revealed = await post(`/api/v1/secret/${String(generated.body['secret_key'])}`);
    expect(revealed.body['value']).toBe(generated.body['value']);
  });

  it('tracks the receipt from new to viewed to received, without a key once received', async () => {
    await start();
    const shared = await post('/api/v1/share', { secret: 'x', ttl: '3600' });
    const receipt = `/api/v1/private/${String(shared.body['metadata_key'])}`;
    expect((await get(receipt)).body).toMatchObject({
      state: 'new',
      secret_key: shared.body['secret_key'],
    });

    await fetch(`${standIn?.origin}/secret/${String(shared.body['secret_key'])}`);
    expect((await get(receipt)).body['state']).toBe('viewed');

    await post(`/api/v1/secret/${String(shared.body['secret_key'])}`);
    const received = (await get(receipt)).body;
    expect(received['state']).toBe('received');
    expect(received).not.toHaveProperty('secret_key');
  });

  it('burns an unread secret, behind its passphrase', async () => {
    await start();
    const shared = await post('/api/v1/share', { secret: 'x', passphrase: 'pass-word' });
    const burn = `/api/v1/private/${String(shared.body['metadata_key'])}/burn`;
    expect(await post(burn, { passphrase: 'wrong' })).toMatchObject({
      status: 404,
      intended: '400',
    });
    expect((await post(burn, { passphrase: 'pass-word' })).body['state']).toMatchObject({
      state: 'burned',
    });
    expect(
      (
        await post(`/api/v1/secret/${String(shared.body['secret_key'])}`, {
          passphrase: 'pass-word',
        })
      ).body,
    ).toMatchObject({
      message: 'Unknown secret',
    });
  });

  it('lets a secret expire after its TTL', async () => {
    await start();
    const shared = await post('/api/v1/share', { secret: 'x', ttl: '60' });
    clock += 61_000;
    expect(
      (await post(`/api/v1/secret/${String(shared.body['secret_key'])}`)).body['message'],
    ).toBe('Unknown secret');
    expect(
      (await get(`/api/v1/private/${String(shared.body['metadata_key'])}`)).body['state'],
    ).toBe('expired');
  });

  it('locks a secret after five wrong passphrases', async () => {
    await start();
    const shared = await post('/api/v1/share', { secret: 'x', passphrase: 'right-one' });
    const reveal = `/api/v1/secret/${String(shared.body['secret_key'])}`;
    for (let attempt = 0; attempt < 5; attempt++) await post(reveal, { passphrase: 'wrong' });
    expect((await post(reveal, { passphrase: 'right-one' })).body['message']).toBe(
      'Unknown secret',
    );
  });

  it('refuses like v1 does: HTTP 404 with the meant status', async () => {
    await start({ passphraseRequired: true });
    expect(await post('/api/v1/share', { secret: 'x' })).toMatchObject({
      status: 404,
      intended: '400',
      body: { message: 'A passphrase is required for all secrets' },
    });
    expect(
      await post('/api/v1/share', { secret: 'é'.repeat(5001), passphrase: 'abcd' }),
    ).toMatchObject({
      body: { message: 'Secret value exceeds the maximum size of 10000 bytes' },
    });
  });

  it('refuses anonymous secrets on both APIs when guests are disabled', async () => {
    await start({ anonymousDisabled: true });
    expect(await post('/api/v1/share', { secret: 'x' })).toMatchObject({
      status: 404,
      intended: '401',
    });
    const v2 = await fetch(`${standIn?.origin}/api/v2/secret/conceal`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ secret: { secret: 'x' } }),
    });
    expect(v2.status).toBe(403);
    expect(await v2.json()).toMatchObject({
      error_type: 'GuestRoutesDisabled',
      code: 'GUEST_CONCEAL_DISABLED',
    });
  });

  it('sends no CORS headers, like the real server', async () => {
    await start();
    const response = await fetch(`${standIn?.origin}/api/v1/status`, {
      headers: { Origin: 'chrome-extension://abc' },
    });
    expect(
      [...response.headers.keys()].filter((name) => name.startsWith('access-control')),
    ).toEqual([]);
  });
});
