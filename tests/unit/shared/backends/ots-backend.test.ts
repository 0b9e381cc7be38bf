import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../../src/shared/backends/backend-error.ts';
import { createOneTimeSecretBackend } from '../../../../src/shared/backends/onetimesecret/ots-backend.ts';
import {
  fakeFetch,
  jsonResponse,
  networkFailure,
  v1Refusal,
  type Answer,
} from '../../../support/fake-fetch.ts';

const origin = 'https://eu.onetimesecret.com';
const secretKey = 'a'.repeat(30) + '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, 32);
const receiptKey = 'b'.repeat(62);
const now = 1_767_225_600_000;

function v1Receipt(overrides: Record<string, unknown> = {}): Response {
  return jsonResponse(200, {
    custid: 'anon',
    metadata_key: receiptKey,
    secret_key: secretKey,
    ttl: 86400,
    secret_ttl: 86400,
    metadata_ttl: 172800,
    metadata_url: `https://evil.example/receipt/${receiptKey}`,
    share_domain: 'evil.example',
    state: 'new',
    passphrase_required: true,
    ...overrides,
  });
}

function backend(
  answers: Answer[],
  options: { credentials?: { username: string; token: string } } = {},
) {
  const fake = fakeFetch(...answers);
  const instance = createOneTimeSecretBackend({
    origin,
    fetch: fake.fetch,
    now: () => now,
    ...options,
  });
  return { fake, instance };
}

async function failure(promise: Promise<unknown>): Promise<BackendError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BackendError))
    throw new Error(`expected a BackendError, got ${String(error)}`);
  return error;
}

const create = { passphrase: 'correct horse', ttlSeconds: 86400 };

/** Both APIs' state names, v0.24's internal ones included, and what OnceLink reports. */
const stateNames = [
  ['new', 'new'],
  ['viewed', 'viewed'],
  ['received', 'received'],
  ['burned', 'burned'],
  ['expired', 'expired'],
  ['orphaned', 'expired'],
  ['shared', 'new'],
  ['previewed', 'viewed'],
  ['revealed', 'received'],
];

describe('creating a secret with API v1', () => {
  it('posts the secret form-encoded in the body, with no cookies, cache or redirects', async () => {
    const { fake, instance } = backend([v1Receipt()]);
    await instance.create(' line one\r\nשלום 👩‍💻 ', create);

    const [call] = fake.calls;
    expect(call?.url).toBe(`${origin}/api/v1/share`);
    expect(call?.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    const body = call?.init.body as URLSearchParams;
    expect(body.get('secret')).toBe(' line one\r\nשלום 👩‍💻 ');
    expect(body.get('passphrase')).toBe('correct horse');
    expect(body.get('ttl')).toBe('86400');
    expect(call?.init.headers).not.toHaveProperty('Authorization');
  });

  it('sends no passphrase field when the passphrase is empty', async () => {
    const { fake, instance } = backend([v1Receipt({ passphrase_required: false })]);
    await instance.create('s3cret', { passphrase: '', ttlSeconds: 3600 });
    expect((fake.calls[0]?.init.body as URLSearchParams).has('passphrase')).toBe(false);
  });

  it('adds HTTP Basic credentials (UTF-8) when configured', async () => {
    const { fake, instance } = backend([v1Receipt()], {
      credentials: { username: 'zoë@example.com', token: 'tok' },
    });
    await instance.create('s3cret', create);
    const auth = (fake.calls[0]?.init.headers as Record<string, string>)['Authorization'];
    expect(auth).toBe(`Basic ${Buffer.from('zoë@example.com:tok', 'utf8').toString('base64')}`);
  });

  it('builds the link from the configured origin and the key, ignoring URLs in the answer', async () => {
    const { instance } = backend([v1Receipt()]);
    const created = await instance.create('s3cret', create);
    expect(created.link).toBe(`${origin}/secret/${secretKey}`);
    expect(created.receipt).toEqual({ api: 'ots-v1', key: receiptKey });
  });

  it('takes the expiry from the TTL the server applied, also when sent as a string', async () => {
    const { instance } = backend([v1Receipt({ ttl: '604800', secret_ttl: '604800' })]);
    const created = await instance.create('s3cret', { ...create, ttlSeconds: 30 * 86400 });
    expect(created.expiresAt).toBe(now + 604800 * 1000);
  });

  it.each([
    ['missing', { secret_key: undefined }, 'missing-key'],
    ['with a slash', { secret_key: 'abc/../def1234' }, 'bad-key'],
    ['with a fragment', { secret_key: 'abcdefgh#x' }, 'bad-key'],
    ['non-ASCII', { secret_key: 'abcdéfghijkl' }, 'bad-key'],
    ['too long', { secret_key: 'a'.repeat(65) }, 'bad-key'],
    ['too short', { secret_key: 'abc' }, 'bad-key'],
  ])('refuses a secret key that is %s', async (_name, overrides, reason) => {
    const { instance } = backend([v1Receipt(overrides), v1Receipt()]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.code).toBe('invalid-response');
    expect(error.params.reason).toBe(reason);
  });

  it('burns and refuses a secret the server truncated', async () => {
    const { fake, instance } = backend([v1Receipt({ truncated: 'true' }), jsonResponse(200, {})]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.params.reason).toBe('truncated');
    expect(fake.calls[1]?.url).toBe(`${origin}/api/v1/private/${receiptKey}/burn`);
    expect((fake.calls[1]?.init.body as URLSearchParams).get('passphrase')).toBe('correct horse');
  });

  it('burns and refuses a secret that was stored without the passphrase we sent', async () => {
    const { fake, instance } = backend([
      v1Receipt({ passphrase_required: false }),
      jsonResponse(200, {}),
    ]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.params.reason).toBe('passphrase-ignored');
    expect(fake.calls).toHaveLength(2);
  });
});

describe('checks before anything is sent', () => {
  it.each([
    ['an empty secret', '', 'empty-secret'],
    ['a lone surrogate', 'abc\uD800def', 'invalid-characters'],
    ['more than 10,000 UTF-8 bytes', '€'.repeat(3334), 'secret-too-large'],
  ])('refuses %s without a request', async (_name, secret, code) => {
    const { fake, instance } = backend([]);
    const error = await failure(instance.create(secret, create));
    expect(error.code).toBe(code);
    expect(fake.calls).toHaveLength(0);
  });

  it('accepts exactly 10,000 bytes', async () => {
    const { instance } = backend([v1Receipt()]);
    await expect(instance.create('é'.repeat(5000), create)).resolves.toBeDefined();
  });

  it('reports the size it counted', async () => {
    const { instance } = backend([]);
    const error = await failure(instance.create('€'.repeat(3334), create));
    expect(error.params).toEqual({ bytes: 10002, limit: 10000 });
  });
});

describe('v1 refusals (every error is HTTP 404)', () => {
  it.each([
    [v1Refusal(401, 'Not authorized'), 'unauthorized'],
    [v1Refusal(400, 'Rate limit exceeded. Please try again later.'), 'rate-limited'],
    [v1Refusal(400, 'Secret value exceeds the maximum size of 10000 bytes'), 'secret-too-large'],
    [v1Refusal(400, 'Passphrase must be at least 8 characters long'), 'passphrase-rejected'],
    [v1Refusal(400, 'A passphrase is required for all secrets'), 'passphrase-rejected'],
    [v1Refusal(400, 'An unexpected error occurred :['), 'server-error'],
    [v1Refusal(400, 'Something new the server says'), 'rejected'],
    [
      jsonResponse(404, { message: 'Passphrase must be at least 8 characters long' }),
      'passphrase-rejected',
    ],
  ])('maps %#', async (response, code) => {
    const { fake, instance } = backend([response]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.code).toBe(code);
    expect(fake.calls).toHaveLength(1);
  });

  it("keeps the server's own words for the user", async () => {
    const { instance } = backend([v1Refusal(400, 'Passphrase must be at least 8 characters long')]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.params.detail).toBe('Passphrase must be at least 8 characters long');
  });
});

describe('falling back to API v2', () => {
  const v2Record = () =>
    jsonResponse(200, {
      success: true,
      record: {
        receipt: { identifier: receiptKey, secret_identifier: secretKey, has_passphrase: 'true' },
        secret: { identifier: secretKey, secret_ttl: '259200', has_passphrase: 'true' },
        share_domain: null,
      },
    });

  it.each([
    ['an HTML 404', new Response('<h1>Not Found</h1>', { status: 404 })],
    ['a JSON 404 "Not Found"', jsonResponse(404, { message: 'Not Found' })],
    ['"is not available"', jsonResponse(404, { message: '/api/v1/share is not available' })],
    ['405', new Response('', { status: 405 })],
  ])('when v1 answers %s', async (_name, v1Answer) => {
    const { fake, instance } = backend([v1Answer, v2Record()]);
    const created = await instance.create('s3cret', create);

    expect(fake.calls[1]?.url).toBe(`${origin}/api/v2/secret/conceal`);
    expect(JSON.parse(fake.calls[1]?.init.body as string)).toEqual({
      secret: { secret: 's3cret', ttl: 86400, passphrase: 'correct horse' },
    });
    expect(created.link).toBe(`${origin}/secret/${secretKey}`);
    expect(created.expiresAt).toBe(now + 259200 * 1000);
    expect(created.receipt).toEqual({ api: 'ots-v2', key: receiptKey });
  });

  it('omits the passphrase key on v2 when there is none', async () => {
    const { fake, instance } = backend([new Response('', { status: 404 }), v2Record()]);
    await instance.create('s3cret', { passphrase: '', ttlSeconds: 3600 });
    expect(JSON.parse(fake.calls[1]?.init.body as string)).toEqual({
      secret: { secret: 's3cret', ttl: 3600 },
    });
  });

  it('never retries on v2 after a network failure or a timeout (the secret may exist)', async () => {
    const { fake, instance } = backend([networkFailure(), networkFailure()]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.code).toBe('network');
    expect(fake.calls.map((call) => call.url)).toEqual([
      `${origin}/api/v1/share`,
      `${origin}/api/v1/status`,
    ]);
  });

  it.each([
    [jsonResponse(401, { error: 'Not authorized', error_type: 'Unauthorized' }), 'unauthorized'],
    [
      jsonResponse(403, {
        error: 'Guest conceal is disabled',
        error_type: 'GuestRoutesDisabled',
        code: 'GUEST_CONCEAL_DISABLED',
      }),
      'anonymous-disabled',
    ],
    [jsonResponse(403, { error: 'Origin not allowed', error_type: 'Forbidden' }), 'forbidden'],
    [
      jsonResponse(422, {
        error: 'Passphrase must be at least 8 characters long',
        error_type: 'FormError',
      }),
      'passphrase-rejected',
    ],
    [jsonResponse(404, { error: 'Not Found', error_type: 'NotFound' }), 'not-a-secret-server'],
    [
      jsonResponse(503, { error: 'Internal Server Error', error_type: 'ServerError' }),
      'server-error',
    ],
  ])('maps v2 answer %#', async (response, code) => {
    const { instance } = backend([new Response('', { status: 404 }), response]);
    expect((await failure(instance.create('s3cret', create))).code).toBe(code);
  });
});

describe('faults', () => {
  it('says when the server is unreachable', async () => {
    const { instance } = backend([networkFailure(), networkFailure()]);
    const error = await failure(instance.create('s3cret', create));
    expect(error).toMatchObject({ code: 'network', params: { host: 'eu.onetimesecret.com' } });
  });

  it('tells a refused redirect apart from an unreachable server', async () => {
    const redirect = new Response(null, {
      status: 302,
      headers: { Location: 'https://elsewhere.example/' },
    });
    const { fake, instance } = backend([networkFailure(), redirect]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.code).toBe('redirect');
    // The probe carries no body, so nothing secret follows the redirect.
    expect(fake.calls[1]?.init).toMatchObject({ method: 'GET', redirect: 'manual' });
    expect(fake.calls[1]?.init.body).toBeUndefined();
  });

  it('times out', async () => {
    const hang = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
      });
    const fake = fakeFetch(hang);
    const instance = createOneTimeSecretBackend({ origin, fetch: fake.fetch, timeoutMs: 50 });
    const error = await failure(instance.create('s3cret', create));
    expect(error.code).toBe('timeout');
  });

  it.each([
    [
      jsonResponse(500, { error: 'Internal Server Error' }),
      { code: 'server-error', params: { status: 500 } },
    ],
    [jsonResponse(502, {}), { code: 'server-error', params: { status: 502 } }],
    [
      jsonResponse(429, {}, { 'Retry-After': '120' }),
      { code: 'rate-limited', params: { seconds: 120 } },
    ],
    [
      jsonResponse(429, {}, { 'Retry-After': new Date(now + 60_000).toUTCString() }),
      { code: 'rate-limited', params: { seconds: 60 } },
    ],
    [
      new Response('{"custid":"anon","metadata_key":"abc', { status: 200 }),
      { code: 'invalid-response', params: { reason: 'not-json' } },
    ],
    [
      new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }),
      { code: 'invalid-response', params: { reason: 'not-json' } },
    ],
    [
      new Response('', { status: 200 }),
      { code: 'invalid-response', params: { reason: 'not-json' } },
    ],
    [
      jsonResponse(200, { padding: 'x'.repeat(100_000) }),
      { code: 'invalid-response', params: { reason: 'too-large' } },
    ],
  ])('maps fault %#', async (response, expected) => {
    const { instance } = backend([response]);
    expect(await failure(instance.create('s3cret', create))).toMatchObject(expected);
  });

  it('stops reading an answer that grows past the cap without a Content-Length', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    const { instance } = backend([new Response(endless, { status: 200 })]);
    const error = await failure(instance.create('s3cret', create));
    expect(error.params.reason).toBe('too-large');
    expect(pulled).toBeLessThan(10);
  });
});

describe("reading a secret's state from its receipt", () => {
  const v1 = { api: 'ots-v1', key: receiptKey } as const;
  const v2 = { api: 'ots-v2', key: receiptKey } as const;
  const v2Answer = (record: Record<string, unknown>, wrapper = 'record') =>
    jsonResponse(200, { success: true, [wrapper]: record, details: { type: 'record' } });

  it('v1: POSTs an empty form to /api/v1/private/<receipt key>, with the credentials', async () => {
    const { fake, instance } = backend([v1Receipt()], {
      credentials: { username: 'ops@example.com', token: 'tok' },
    });
    expect(await instance.status(v1)).toBe('new');

    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call?.url).toBe(`${origin}/api/v1/private/${receiptKey}`);
    expect(call?.init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    expect(call?.init.body).toBeInstanceOf(URLSearchParams);
    expect((call?.init.body as URLSearchParams).toString()).toBe('');
    expect(call?.init.headers).toEqual({
      Authorization: `Basic ${Buffer.from('ops@example.com:tok').toString('base64')}`,
      Accept: 'application/json',
    });
  });

  it('v2: GETs /api/v2/receipt/<receipt key> without a body, with the credentials', async () => {
    const { fake, instance } = backend([v2Answer({ state: 'new' })], {
      credentials: { username: 'ops@example.com', token: 'tok' },
    });
    expect(await instance.status(v2)).toBe('new');

    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call?.url).toBe(`${origin}/api/v2/receipt/${receiptKey}`);
    expect(call?.init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'error' });
    expect(call?.init.body).toBeUndefined();
    expect(call?.init.headers).toEqual({
      Authorization: `Basic ${Buffer.from('ops@example.com:tok').toString('base64')}`,
      Accept: 'application/json',
    });
  });

  it('sends no Authorization header without credentials', async () => {
    const { fake, instance } = backend([v1Receipt(), v2Answer({ state: 'new' })]);
    await instance.status(v1);
    await instance.status(v2);
    for (const call of fake.calls) expect(call.init.headers).not.toHaveProperty('Authorization');
  });

  it('refuses a stored receipt key that is not a key, without a request', async () => {
    const { fake, instance } = backend([]);
    const error = await failure(instance.status({ api: 'ots-v1', key: '../../share?x=' }));
    expect(error).toMatchObject({ code: 'invalid-response', params: { reason: 'bad-key' } });
    expect(fake.calls).toHaveLength(0);
  });

  it.each([...stateNames, [' Received ', 'received']])(
    'v1: maps state "%s" to %s',
    async (state, expected) => {
      const { instance } = backend([v1Receipt({ state })]);
      expect(await instance.status(v1)).toBe(expected);
    },
  );

  it.each([
    ['an unknown state', v1Receipt({ state: 'toast' })],
    ['no state', v1Receipt({ state: undefined })],
    ['an HTML page', new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 })],
  ])('v1: refuses a receipt with %s', async (_name, response) => {
    const { instance } = backend([response]);
    expect(await failure(instance.status(v1))).toMatchObject({
      code: 'invalid-response',
      params: { reason: 'not-json' },
    });
  });

  it.each(stateNames)('v2: maps state "%s" to %s', async (state, expected) => {
    const { instance } = backend([
      v2Answer({ state, is_viewed: 'false', is_received: 'false', is_burned: 'false' }),
    ]);
    expect(await instance.status(v2)).toBe(expected);
  });

  it.each(['receipt', 'metadata'])('v2: reads the receipt under "%s" too', async (wrapper) => {
    const { instance } = backend([v2Answer({ state: 'revealed' }, wrapper)]);
    expect(await instance.status(v2)).toBe('received');
  });

  it('v2: reads a receipt nested in the record, as conceal sends it', async () => {
    const { instance } = backend([
      v2Answer({ receipt: { state: 'burned' }, secret: { state: 'new' } }),
    ]);
    expect(await instance.status(v2)).toBe('burned');
  });

  it.each([
    [{ is_viewed: 'false', is_received: 'false', is_burned: 'false' }, 'new'],
    [{ is_viewed: 'true', is_received: 'false', is_burned: 'false' }, 'viewed'],
    [{ is_previewed: true }, 'viewed'],
    [{ is_viewed: 'true', is_received: 'true', is_burned: 'false' }, 'received'],
    [{ is_revealed: '1' }, 'received'],
    [{ is_viewed: 'false', is_received: 'false', is_burned: 'true' }, 'burned'],
    [{ is_expired: 'true', is_destroyed: 'true' }, 'expired'],
    [{ is_orphaned: true }, 'expired'],
    [{ state: 'toast', is_received: 'true' }, 'received'],
    [{ state: '', is_burned: true }, 'burned'],
  ])('v2: without a known state, reads the flags %j', async (record, expected) => {
    const { instance } = backend([v2Answer(record)]);
    expect(await instance.status(v2)).toBe(expected);
  });

  it('v2: a "new" receipt whose page was opened is viewed (state stays "shared" since #3633)', async () => {
    const { instance } = backend([
      v2Answer({ state: 'shared', is_viewed: 'true', is_received: 'false' }),
    ]);
    expect(await instance.status(v2)).toBe('viewed');
  });

  it.each([
    ['neither state nor flags', v2Answer({ identifier: receiptKey })],
    ['no record', jsonResponse(200, { success: true })],
    ['an HTML page', new Response('<html>Sign in</html>', { status: 200 })],
  ])('v2: refuses a receipt with %s', async (_name, response) => {
    const { instance } = backend([response]);
    expect(await failure(instance.status(v2))).toMatchObject({
      code: 'invalid-response',
      params: { reason: 'not-json' },
    });
  });

  it.each([
    ['v1 "Unknown secret"', v1, v1Refusal(404, 'Unknown secret')],
    [
      'v1 "Unknown secret" without the header',
      v1,
      jsonResponse(404, { message: 'Unknown secret', secret_key: receiptKey }),
    ],
    [
      'v2 RecordNotFound',
      v2,
      jsonResponse(404, { error: `identifier: ${receiptKey}`, error_type: 'RecordNotFound' }),
    ],
    ['v2 before ADR-013', v2, jsonResponse(404, { message: 'Unknown secret' })],
  ] as const)(
    'reports a receipt the server no longer knows (%s) as expired',
    async (_name, receipt, response) => {
      const { instance } = backend([response]);
      expect(await instance.status(receipt)).toBe('expired');
    },
  );

  it.each([
    ['v1 credentials', v1, v1Refusal(401, 'Not authorized'), { code: 'unauthorized' }],
    [
      'v1 rate limit',
      v1,
      v1Refusal(400, 'Rate limit exceeded. Please try again later.'),
      { code: 'rate-limited' },
    ],
    [
      'v1 missing endpoint (HTML)',
      v1,
      new Response('<h1>Not Found</h1>', { status: 404 }),
      { code: 'not-a-secret-server' },
    ],
    [
      'v1 missing endpoint (JSON)',
      v1,
      jsonResponse(404, { message: 'Not Found' }),
      { code: 'not-a-secret-server' },
    ],
    [
      'v2 missing route',
      v2,
      jsonResponse(404, { error: 'Not Found', error_type: 'NotFound' }),
      { code: 'not-a-secret-server' },
    ],
    [
      'v2 404 page',
      v2,
      new Response('<h1>Not Found</h1>', { status: 404 }),
      { code: 'not-a-secret-server' },
    ],
  ] as const)(
    'does not take a 404 that means something else (%s) for expiry',
    async (_name, receipt, response, expected) => {
      const { instance } = backend([response]);
      expect(await failure(instance.status(receipt))).toMatchObject(expected);
    },
  );

  it.each([
    [v1, jsonResponse(500, { message: 'An unexpected error occurred :[' })],
    [v2, jsonResponse(500, { error: 'Internal Server Error', error_type: 'ServerError' })],
  ])('throws the server error for a 500 (%j)', async (receipt, response) => {
    const { instance } = backend([response]);
    expect(await failure(instance.status(receipt))).toMatchObject({
      code: 'server-error',
      params: { status: 500 },
    });
  });

  it.each([
    [
      v2,
      jsonResponse(401, { error: 'Invalid credentials', error_type: 'Unauthorized' }),
      { code: 'unauthorized', params: { detail: 'Invalid credentials' } },
    ],
    [
      v2,
      jsonResponse(429, {}, { 'Retry-After': '120' }),
      { code: 'rate-limited', params: { seconds: 120 } },
    ],
    [v1, networkFailure(), { code: 'network', params: { host: 'eu.onetimesecret.com' } }],
  ] as const)('passes on other failures as burn does (%#)', async (receipt, answer, expected) => {
    const { instance } = backend([answer, networkFailure()]);
    const error = await failure(instance.status(receipt));
    expect({ code: error.code, params: error.params }).toEqual(expected);
  });

  it('never puts the receipt key in an error', async () => {
    const { instance } = backend([
      v1Refusal(400, `Receipt ${receiptKey} is locked`),
      jsonResponse(422, { error: `Bad identifier: ${receiptKey}`, error_type: 'FormError' }),
    ]);
    for (const receipt of [v1, v2]) {
      const error = await failure(instance.status(receipt));
      expect(error.params.detail).toMatch(/^(Receipt … is locked|Bad identifier: …)$/);
      expect(`${error.message} ${JSON.stringify(error.params)}`).not.toContain(receiptKey);
    }
  });
});
