import { BackendError } from '../shared/backends/backend-error.ts';
import { isFillTarget } from '../shared/check-fill-target.ts';
import { hasHostPermission } from '../shared/host-permission.ts';
import { isLifetime } from '../shared/lifetime/choices.ts';
import { MessageError, type ShareRequest, type ShareResult } from '../shared/messages.ts';
import { readEffectiveSettings } from '../shared/settings.ts';
import { writeShareState } from '../shared/share-state.ts';
import type { UserError } from '../shared/user-error.ts';
import type { Handler } from './message-router.ts';
import { fillAfterShare } from './fill-after-share.ts';
import { openBackend } from './open-backend.ts';

/** Far beyond any secret the backends accept; stops absurd payloads before any work. */
const maxSecretChars = 100_000;
const maxPassphraseChars = 1_000;

let inFlight = false;

/**
 * Creates the secret here rather than in the popup so that it completes, and its result is
 * kept, even when the popup closes mid-request. The plaintext lives only in this call.
 */
export const createShare: Handler<'createShare'> = {
  accepts: (request): request is ShareRequest => {
    if (typeof request !== 'object' || request === null) return false;
    const { secret, passphrase, ttlSeconds, fill } = request as Record<string, unknown>;
    return (
      (fill === undefined || isFillTarget(fill)) &&
      typeof secret === 'string' &&
      secret.length <= maxSecretChars &&
      typeof passphrase === 'string' &&
      passphrase.length <= maxPassphraseChars &&
      isLifetime(ttlSeconds)
    );
  },

  async handle(request) {
    if (inFlight) throw new MessageError({ code: 'busy', params: {} });
    inFlight = true;
    try {
      return await share(request);
    } finally {
      inFlight = false;
    }
  },
};

async function share(request: ShareRequest): Promise<ShareResult> {
  const { settings, policy } = await readEffectiveSettings();
  // The administrator's policy holds here, whatever a page let through.
  if (policy.passphraseRequired && request.passphrase === '') {
    throw new MessageError({ code: 'passphrase-required', params: {} });
  }
  if (policy.allowedLifetimes && !policy.allowedLifetimes.includes(request.ttlSeconds)) {
    throw new MessageError({ code: 'lifetime-not-allowed', params: {} });
  }
  if (!(await hasHostPermission(settings.backendOrigin))) {
    throw new MessageError({
      code: 'permission-missing',
      params: { origin: settings.backendOrigin },
    });
  }
  await writeShareState({ status: 'pending', startedAt: Date.now() });
  try {
    const created = await (
      await openBackend(settings.backendOrigin)
    ).create(request.secret, {
      passphrase: request.passphrase,
      ttlSeconds: request.ttlSeconds,
    });
    const result: ShareResult = {
      link: created.link,
      passphrase: request.passphrase,
      expiresAt: created.expiresAt,
      createdAt: Date.now(),
    };
    // The secret exists now; the page gets the link even if the popup has closed meanwhile.
    if (request.fill) result.fill = await fillAfterShare(request.fill, result);
    await writeShareState({ status: 'done', result });
    return result;
  } catch (error) {
    const userError = asUserError(error);
    await writeShareState({ status: 'failed', error: userError });
    throw new MessageError(userError);
  }
}

function asUserError(error: unknown): UserError {
  if (error instanceof BackendError) return { code: error.code, params: error.params };
  return { code: 'unexpected', params: {} };
}
