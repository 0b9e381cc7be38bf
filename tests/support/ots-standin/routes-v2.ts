import { clampTtl, refusal } from './config.ts';
import { v2ConcealRecord } from './receipts.ts';
import { json, v2Error, type Reply } from './replies.ts';
import type { V1Context } from './routes-v1.ts';

// STAND-IN for apps/api/v2: status and secret/conceal, with ADR-013 errors.

export function routeV2(
  method: string,
  path: string,
  body: unknown,
  ctx: V1Context,
): Reply | undefined {
  if (path === '/api/v2/status' && method === 'GET') {
    return json(200, { success: true, status: 'nominal', locale: 'en' });
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
