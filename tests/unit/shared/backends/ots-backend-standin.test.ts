import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackendError } from '../../../../src/shared/backends/backend-error.ts';
import { createOneTimeSecretBackend } from '../../../../src/shared/backends/onetimesecret/ots-backend.ts';
import { startStandIn, type StandIn } from '../../../support/ots-standin/server.ts';
import { reveal } from '../../../support/reveal.ts';

// The client against the local stand-in over real HTTP (Node's fetch), end to end on the wire.

let standIn: StandIn;
beforeEach(async () => {
  standIn = await startStandIn({ accounts: { 'ops@example.com': 'token-123' } });
});
afterEach(() => standIn.close());

const tricky =
  '  leading spaces\r\nCRLF line\r\n👩🏽‍💻 emoji ZWJ\nשלום עליכם (RTL)\u202Eoverride\u0000nul\ne\u0301 vs é\t';

function client(credentials?: { username: string; token: string }) {
  return createOneTimeSecretBackend({
    origin: standIn.origin,
    fetch: globalThis.fetch,
    credentials,
    timeoutMs: 2000,
  });
}

describe('against the stand-in', () => {
  it('round-trips a secret byte for byte, exactly once, behind its passphrase', async () => {
    const created = await client().create(tricky, {
      passphrase: 'tulip-42-Ladder',
      ttlSeconds: 86400,
    });

    expect(created.link).toMatch(new RegExp(`^${standIn.origin}/secret/[a-z0-9]{62}$`));
    expect(await reveal(created.link, 'wrong')).toEqual({ ok: false, message: 'Unknown secret' });
    expect(await reveal(created.link, 'tulip-42-Ladder')).toEqual({ ok: true, value: tricky });
    expect(await reveal(created.link, 'tulip-42-Ladder')).toEqual({
      ok: false,
      message: 'Unknown secret',
    });
  });

  it('keeps the secret out of the URL and sends no cookies', async () => {
    await client().create('hunter2', { passphrase: '', ttlSeconds: 3600 });
    const [request] = standIn.requests;
    expect(request?.query).toBe('');
    expect(request?.headers['cookie']).toBeUndefined();
    expect(new URLSearchParams(request?.body).get('secret')).toBe('hunter2');
  });

  it('shows the lifetime the server clamped to', async () => {
    const before = Date.now();
    const created = await client().create('x', { passphrase: '', ttlSeconds: 30 * 86400 });
    expect(created.expiresAt - before).toBeGreaterThanOrEqual(604_800_000 - 2000);
    expect(created.expiresAt - before).toBeLessThanOrEqual(604_800_000 + 2000);
  });

  it('falls back to v2 when v1 is missing, and the secret still reveals', async () => {
    standIn.setFault('v1-missing');
    const created = await client().create(tricky, {
      passphrase: 'tulip-42-Ladder',
      ttlSeconds: 3600,
    });
    expect(standIn.requests.map((request) => request.path)).toEqual([
      '/api/v1/share',
      '/api/v2/secret/conceal',
    ]);
    standIn.setFault('none');
    expect(await reveal(created.link, 'tulip-42-Ladder')).toEqual({ ok: true, value: tricky });
  });

  it('uses Basic credentials, and says when they are wrong', async () => {
    await expect(
      client({ username: 'ops@example.com', token: 'token-123' }).create('x', {
        passphrase: '',
        ttlSeconds: 60,
      }),
    ).resolves.toBeDefined();
    await expect(
      client({ username: 'ops@example.com', token: 'nope' }).create('x', {
        passphrase: '',
        ttlSeconds: 60,
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it("passes on the server's passphrase rule", async () => {
    const error = await client()
      .create('x', { passphrase: 'abc', ttlSeconds: 60 })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({
      code: 'passphrase-rejected',
      params: { detail: 'Passphrase must be at least 4 characters long' },
    });
  });

  it.each([
    ['server-error', 'server-error'],
    ['rate-limit', 'rate-limited'],
    ['malformed-json', 'invalid-response'],
    ['captive-portal', 'invalid-response'],
    ['huge-response', 'invalid-response'],
    ['redirect', 'redirect'],
  ] as const)('reports the %s fault as %s', async (fault, code) => {
    standIn.setFault(fault);
    await expect(client().create('x', { passphrase: '', ttlSeconds: 60 })).rejects.toMatchObject({
      code,
    });
  });

  it('reports a slow server as a timeout', async () => {
    standIn.setFault('slow', { slowMs: 5000 });
    await expect(client().create('x', { passphrase: '', ttlSeconds: 60 })).rejects.toMatchObject({
      code: 'timeout',
      params: { seconds: 2 },
    });
  });

  it('reports a server that is down', async () => {
    await standIn.close();
    await expect(client().create('x', { passphrase: '', ttlSeconds: 60 })).rejects.toMatchObject({
      code: 'network',
    });
    standIn = await startStandIn();
  });
});

describe("a secret's state, read from its receipt on the stand-in", () => {
  /** Creates through v1, or through v2 as a server without v1 makes us do. */
  async function created(api: 'ots-v1' | 'ots-v2', passphrase = 'tulip-42-Ladder') {
    if (api === 'ots-v2') standIn.setFault('v1-missing');
    const secret = await client().create('hunter2', { passphrase, ttlSeconds: 3600 });
    standIn.setFault('none');
    expect(secret.receipt?.api).toBe(api);
    standIn.requests.length = 0;
    return { link: secret.link, receipt: secret.receipt ?? { api, key: '' } };
  }

  /** Every request the status calls made: to the receipt endpoint, never to the secret. */
  function statusPaths(): string[] {
    return standIn.requests.map((request) => `${request.method} ${request.path}`);
  }

  const receiptPath = (api: 'ots-v1' | 'ots-v2', key: string) =>
    api === 'ots-v1' ? `POST /api/v1/private/${key}` : `GET /api/v2/receipt/${key}`;

  it.each(['ots-v1', 'ots-v2'] as const)(
    '%s: new → viewed when the page is opened → received when revealed',
    async (api) => {
      const { link, receipt } = await created(api);
      const backend = client();

      expect(await backend.status(receipt)).toBe('new');
      expect(await backend.status(receipt)).toBe('new');
      expect(statusPaths()).toEqual([receiptPath(api, receipt.key), receiptPath(api, receipt.key)]);

      const page = await fetch(link);
      expect(page.status).toBe(200);
      expect(await backend.status(receipt)).toBe('viewed');

      expect(await reveal(link, 'tulip-42-Ladder')).toEqual({ ok: true, value: 'hunter2' });
      expect(await backend.status(receipt)).toBe('received');
      expect(await reveal(link, 'tulip-42-Ladder')).toMatchObject({ ok: false });
    },
  );

  it.each(['ots-v1', 'ots-v2'] as const)('%s: burned after burn', async (api) => {
    const { link, receipt } = await created(api);
    const backend = client({ username: 'ops@example.com', token: 'token-123' });

    await backend.burn(receipt, 'tulip-42-Ladder');
    expect(await backend.status(receipt)).toBe('burned');
    expect(await reveal(link, 'tulip-42-Ladder')).toMatchObject({ ok: false });
    expect(statusPaths()[1]).toBe(receiptPath(api, receipt.key));
    expect(standIn.requests[1]?.headers['authorization']).toMatch(/^Basic /);
  });

  it.each(['ots-v1', 'ots-v2'] as const)(
    '%s: expired when the server no longer knows the receipt',
    async (api) => {
      const receipt = { api, key: 'z'.repeat(62) };
      expect(await client().status(receipt)).toBe('expired');
      expect(statusPaths()).toEqual([receiptPath(api, receipt.key)]);
    },
  );

  it.each(['ots-v1', 'ots-v2'] as const)(
    '%s: expired once the lifetime has run out, and after the receipt is gone',
    async (api) => {
      await standIn.close();
      let now = Date.now();
      standIn = await startStandIn({ now: () => now });
      const { receipt } = await created(api);
      const backend = client();

      now += 3601 * 1000;
      expect(await backend.status(receipt)).toBe('expired');
      now += 3600 * 1000;
      expect(await backend.status(receipt)).toBe('expired');
      expect(standIn.store.byReceipt(receipt.key)).toBeUndefined();
    },
  );

  it.each(['ots-v1', 'ots-v2'] as const)('%s: a server error is an error', async (api) => {
    const { receipt } = await created(api);
    standIn.setFault('server-error');
    await expect(client().status(receipt)).rejects.toMatchObject({
      code: 'server-error',
      params: { status: 500 },
    });
  });
});
