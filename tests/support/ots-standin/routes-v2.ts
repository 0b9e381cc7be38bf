import { clampTtl, refusal } from './config.ts';
import { v2ConcealRecord, v2Receipt } from './receipts.ts';
import { json, v2Error, type Reply } from './replies.ts';
import type { V1Context } from './routes-v1.ts';

// STAND-IN for apps/api/v2: status, secret/conceal, receipt/:key (show_receipt.rb) and
// receipt/:key/burn, with ADR-013 errors.

export function routeV2(
  method: string,
  path: string,
  body: unknown,
  ctx: V1Context,
): Reply | undefined {
  if (path === '/api/v2/status' && method === 'GET') {
    return json(200, { success: true, status: 'nominal', locale: 'en' });
  }
  const receipt = /^\/api\/v2\/receipt\/([^/]+)(\/burn)?$/.exec(path);
  if (receipt) {
    if (receipt[2] ? method !== 'POST' : method !== 'GET') return undefined;
    return receiptRoute(receipt[1] ?? '', receipt[2] !== undefined, body, ctx);
  }
  if (path !== '/api/v2/secret/conceal' || method !== 'POST') return undefined;

  if (ctx.caller === 'rejected') return v2Error(401, 'Not authorized', 'Unauthorized');
  if (ctx.config.anonymousDisabled && ctx.caller === 'anon') {
    return v2Error(403, 'Guest conceal is disabled', 'GuestRoutesDisabled', {
      code: 'GUEST_CONCEAL_DISABLED',
    });
  }
  const fields = (body as { secret?: Record<string, unknown> } | undefined)?.secret ?? {};
  const secret = typeof fields['secret'] === 'string' ? fields['secret'] : undefined;
  const passphrase = typeof fields['passphrase'] === 'string' ? fields['passphrase'] : undefined;
  const problem = refusal(secret, passphrase, ctx.config);
  if (problem || secret === undefined) {
    return v2Error(422, problem ?? 'You did not provide anything to share', 'FormError', {
      field: 'secret',
    });
  }
  const ttl = clampTtl(fields['ttl'], ctx.config);
  const stored = ctx.store.create(
    secret,
    passphrase === '' ? undefined : passphrase,
    ttl,
    ctx.caller,
  );
  return json(200, v2ConcealRecord(ctx.store, stored));
}

/**
 * Reading a receipt never changes its state (#3633); burning needs the passphrase (the real
 * server answers a wrong one with a form error) and leaves a read or expired secret as it is.
 */
function receiptRoute(key: string, burn: boolean, body: unknown, ctx: V1Context): Reply {
  if (ctx.caller === 'rejected') return v2Error(401, 'Not authorized', 'Unauthorized');
  const secret = ctx.store.byReceipt(key);
  // OT::MissingSecret → RecordNotFound (lib/onetime/errors.rb, otto_hooks.rb).
  if (!secret) return v2Error(404, 'Unknown secret', 'RecordNotFound');
  if (burn && (secret.state === 'new' || secret.state === 'viewed')) {
    const passphrase = (body as { passphrase?: unknown } | undefined)?.passphrase;
    if (secret.passphrase !== undefined && passphrase !== secret.passphrase) {
      return v2Error(422, 'Incorrect passphrase', 'FormError', { field: 'passphrase' });
    }
    ctx.store.burn(secret);
  }
  return json(200, { success: true, record: v2Receipt(secret), details: { type: 'record' } });
}
