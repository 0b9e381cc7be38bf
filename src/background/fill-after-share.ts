import browser from '../shared/browser.ts';
import { messageText, type MessageWording } from '../shared/fill-plan.ts';
import { formatExpiry } from '../shared/format-expiry.ts';
import { t } from '../shared/i18n.ts';
import type { FillResult, FillTarget } from '../shared/messages.ts';
import type { FillPlan } from '../shared/ticket-form.ts';
import { fillTab } from './page-access.ts';

const wording: MessageWording = {
  block: (link, passphrase, expiry) => t('messageBlock', [link, passphrase, expiry]),
  linkLine: (link, expiry) => t('messageLinkLine', [link, expiry]),
  passphraseLine: (passphrase) => t('messagePassphraseLine', passphrase),
};

/** The labels of the fields a successful plan wrote to, in the order a user reads them. */
function filledInto(plan: FillPlan, labels: Record<string, string>): string[] {
  const tokens = [plan.link, plan.passphrase].flatMap((destination) =>
    destination.to === 'field'
      ? [destination.token]
      : destination.to === 'message' && plan.message
        ? [plan.message]
        : [],
  );
  return [...new Set(tokens)].map((token) => labels[token] ?? '');
}

/**
 * Puts the link and passphrase into the page that was inspected, once the secret exists. Only
 * the link, the passphrase and the expiry reach the page; an empty passphrase writes nothing.
 */
export async function fillAfterShare(
  target: FillTarget,
  created: { link: string; passphrase: string; expiresAt: number },
  takenFrom?: { label: string; kind: 'password' | 'selection' },
): Promise<FillResult> {
  const plan: FillPlan =
    created.passphrase === '' ? { ...target.plan, passphrase: { to: 'nowhere' } } : target.plan;
  const expiry = formatExpiry(created.expiresAt, browser.i18n.getUILanguage());
  const values = {
    link: created.link,
    passphrase: created.passphrase,
    messageText: messageText(
      plan,
      { link: created.link, passphrase: created.passphrase, expiry },
      wording,
    ),
  };
  const outcome = await fillTab(target, plan, values);
  return outcome.ok
    ? {
        status: 'filled',
        into: filledInto(plan, target.labels),
        ...(takenFrom ? { takenFrom } : {}),
      }
    : { status: 'not-filled', reason: outcome.reason };
}
