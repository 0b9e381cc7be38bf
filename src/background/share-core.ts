import { hasHostPermission } from '../shared/host-permission.ts';
import { isLifetime, type Lifetime } from '../shared/lifetime/choices.ts';
import {
  MessageError,
  toUserError,
  type FillResult,
  type ShareResult,
} from '../shared/messages.ts';
import { readEffectiveSettings } from '../shared/settings.ts';
import { writeShareState } from '../shared/share-state.ts';
import { rememberShare, type ShareContext } from './history/remember-share.ts';
import { openBackend } from './open-backend.ts';

export interface ShareOptions {
  /** Empty means no passphrase. */
  passphrase: string;
  ttlSeconds: Lifetime;
  /** Puts the link into the page once the secret exists. */
  fill?: (created: ShareResult) => Promise<FillResult>;
  /** Where it was shared from, for the receipt and a reminder. */
  context: ShareContext;
}

const maxPassphraseChars = 1_000;

/** The schema check both ways of sharing make of the passphrase and lifetime they are sent. */
export function isShareOptions(options: { passphrase: unknown; ttlSeconds: unknown }): boolean {
  return (
    typeof options.passphrase === 'string' &&
    options.passphrase.length <= maxPassphraseChars &&
    isLifetime(options.ttlSeconds)
  );
}

let inFlight = false;

/**
 * Creates one secret at a time, whichever way it was asked for (the popup, the context menu):
 * the administrator's policy and the backend's access are checked here, and the outcome is
 * kept in storage.session for a popup opened later. The plaintext lives only in this call.
 */
export async function shareSecret(secret: string, options: ShareOptions): Promise<ShareResult> {
  if (inFlight) throw new MessageError({ code: 'busy', params: {} });
  inFlight = true;
  try {
    return await share(secret, options);
  } finally {
    inFlight = false;
  }
}

async function share(secret: string, options: ShareOptions): Promise<ShareResult> {
  const { settings, policy } = await readEffectiveSettings();
  // The administrator's policy holds here, whatever a page let through.
  if (policy.passphraseRequired && options.passphrase === '') {
    throw new MessageError({ code: 'passphrase-required', params: {} });
  }
  if (policy.allowedLifetimes && !policy.allowedLifetimes.includes(options.ttlSeconds)) {
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
    ).create(secret, { passphrase: options.passphrase, ttlSeconds: options.ttlSeconds });
    const result: ShareResult = {
      link: created.link,
      passphrase: options.passphrase,
      expiresAt: created.expiresAt,
      createdAt: Date.now(),
    };
    // The secret exists now; the page gets the link even if the popup has closed meanwhile.
    if (options.fill) result.fill = await options.fill(result);
    const receiptId = await rememberShare(
      created,
      { backendOrigin: settings.backendOrigin, hasPassphrase: options.passphrase !== '' },
      options.context,
    ).catch(() => undefined);
    if (receiptId) result.receiptId = receiptId;
    await writeShareState({ status: 'done', result });
    return result;
  } catch (error) {
    const userError = toUserError(error);
    await writeShareState({ status: 'failed', error: userError });
    throw new MessageError(userError);
  }
}
