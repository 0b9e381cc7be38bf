import { clampTtl, refusal, type StandInConfig } from './config.ts';
import { v1Receipt } from './receipts.ts';
import { json, v1Error, type Reply } from './replies.ts';
import { generatePassword, type SecretStore } from './store.ts';

// STAND-IN for apps/api/v1 (routes.txt): status, authcheck, share/create, generate,
// secret/:key (reveal, burns), private|metadata|receipt/:key (receipt), …/burn.

export interface V1Context {
  store: SecretStore;
  config: StandInConfig;
  origin: string;
  /** 'anon', the account name, or 'rejected' when Basic credentials did not match. */
  caller: string;
}

const maxPassphraseAttempts = 5;

export function routeV1(
  method: string,
  path: string,
  form: URLSearchParams,
  ctx: V1Context,
): Reply | undefined {
  if (ctx.caller === 'rejected') return v1Error(401, 'Not authorized');
  const anonymous = ctx.caller === 'anon';

  if (path === '/api/v1/status' && method === 'GET')
    return json(200, { status: 'nominal', locale: 'en' });
  if (path === '/api/v1/authcheck' && method === 'GET') {
    return anonymous
      ? v1Error(401, 'Not authorized')
      : json(200, { status: 'nominal', locale: 'en' });
  }
  if ((path === '/api/v1/share' || path === '/api/v1/create') && method === 'POST') {
    return share(form.get('secret') ?? undefined, form, ctx);
  }
  if (path === '/api/v1/generate' && method === 'POST') {
    const length = Math.min(64, Math.max(4, Number(form.get('length') ?? 12) || 12));
    return share(generatePassword(length), form, ctx, true);
  }

  const reveal = /^\/api\/v1\/secret\/([^/]+)$/.exec(path);
  if (reveal && method === 'POST')
    return revealSecret(reveal[1] ?? '', form.get('passphrase') ?? '', ctx);

  const receipt = /^\/api\/v1\/(?:private|metadata|receipt)\/([^/]+)(\/burn)?$/.exec(path);
  if (receipt) {
    const secret = ctx.store.byReceipt(receipt[1] ?? '');
    if (!secret) return v1Error(404, 'Unknown secret', { secret_key: receipt[1] });
    if (!receipt[2]) return json(200, v1Receipt(ctx.store, secret, ctx.origin));
    if (method !== 'POST') return undefined;
    if (secret.state === 'new' || secret.state === 'viewed') {
      if (secret.passphrase !== undefined && form.get('passphrase') !== secret.passphrase) {
        return v1Error(400, 'Double check that passphrase');
      }
      ctx.store.burn(secret);
    }
    return json(200, {
      state: v1Receipt(ctx.store, secret, ctx.origin),
      secret_shortkey: secret.secretKey.slice(0, 8),
    });
  }
  return undefined;
}

function share(
  secret: string | undefined,
  form: URLSearchParams,
  ctx: V1Context,
  generated = false,
): Reply {
  if (ctx.config.anonymousDisabled && ctx.caller === 'anon') return v1Error(401, 'Not authorized');
  const passphrase = form.get('passphrase') ?? undefined;
  const problem = refusal(secret, passphrase, ctx.config);
  if (problem || secret === undefined)
    return v1Error(400, problem ?? 'You did not provide anything to share');
  if (form.get('recipient') && ctx.caller === 'anon')
    return v1Error(400, 'An account is required to send emails.');
  const ttl = clampTtl(form.get('ttl') ?? undefined, ctx.config);
  const stored = ctx.store.create(
    secret,
    passphrase === '' ? undefined : passphrase,
    ttl,
    ctx.caller,
  );
  const receipt = v1Receipt(ctx.store, stored, ctx.origin);
  return json(200, generated ? { ...receipt, value: secret } : receipt);
}

function revealSecret(key: string, passphrase: string, ctx: V1Context): Reply {
  const secret = ctx.store.bySecret(key);
  if (!secret || secret.failedPassphraseAttempts >= maxPassphraseAttempts) {
    return v1Error(404, 'Unknown secret', { secret_key: key });
  }
  // A wrong passphrase answers exactly like an unknown secret (research §1.7).
  if (secret.passphrase !== undefined && passphrase !== secret.passphrase) {
    secret.failedPassphraseAttempts += 1;
    return v1Error(404, 'Unknown secret', { secret_key: key });
  }
  const value = ctx.store.reveal(secret);
  return json(200, { value, secret_key: key, share_domain: '' });
}
