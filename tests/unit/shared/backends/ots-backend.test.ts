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
