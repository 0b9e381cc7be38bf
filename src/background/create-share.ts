import { isFillTarget } from '../shared/check-fill-target.ts';
import { isReminderDelay } from '../shared/history/reminders.ts';
import type { ShareRequest } from '../shared/messages.ts';
import type { Handler } from './message-router.ts';
import { fillAfterShare } from './fill-after-share.ts';
import { isShareOptions, shareSecret } from './share-core.ts';
import { isRecord } from '../shared/is-record.ts';

/** Far beyond any secret the backends accept; stops absurd payloads before any work. */
const maxSecretChars = 100_000;

/**
 * The popup's "Create link": created here rather than in the popup so that it completes, and
 * its result is kept, even when the popup closes mid-request.
 */
export const createShare: Handler<'createShare'> = {
  accepts: (request): request is ShareRequest => {
    if (!isRecord(request)) return false;
    const { secret, passphrase, ttlSeconds, fill, fromTab, privateWindow, remindAfter } = request;
    return (
      (fill === undefined || isFillTarget(fill)) &&
      (fromTab === undefined || Number.isSafeInteger(fromTab)) &&
      (privateWindow === undefined || typeof privateWindow === 'boolean') &&
      (remindAfter === undefined || isReminderDelay(remindAfter)) &&
      typeof secret === 'string' &&
      secret.length <= maxSecretChars &&
      isShareOptions({ passphrase, ttlSeconds })
    );
  },

  handle: ({ secret, passphrase, ttlSeconds, fill, fromTab, privateWindow, remindAfter }) =>
    shareSecret(secret, {
      passphrase,
      ttlSeconds,
      context: { tabId: fromTab, privateWindow, remindAfter },
      ...(fill ? { fill: (created) => fillAfterShare(fill, created) } : {}),
    }),
};
