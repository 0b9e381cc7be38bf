import browser from '../shared/browser.ts';
import { messageText, type MessageWording } from '../shared/fill-plan.ts';
import { formatExpiry } from '../shared/format-expiry.ts';
import type { FillResult, FillTarget } from '../shared/messages.ts';
import type { FillPlan } from '../shared/ticket-form.ts';
import { ticketLanguage, ticketWording, type TicketLanguage } from '../shared/ticket-wording.ts';
import { fillTab } from './page-access.ts';

/** The words for a ticket in the page's language, from the extension's own _locales. */
async function wordingFor(language: TicketLanguage): Promise<MessageWording> {
  const file = browser.runtime.getURL(`_locales/${language}/messages.json`);
  return ticketWording((await (await fetch(file)).json()) as Parameters<typeof ticketWording>[0]);
}

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
  // Support reads the message: in the page's language, with the time zone the time is in.
  const language = ticketLanguage(target.language);
  const expiry = formatExpiry(created.expiresAt, language, { withTimeZone: true });
  const values = {
    link: created.link,
    passphrase: created.passphrase,
    messageText: messageText(
      plan,
      { link: created.link, passphrase: created.passphrase, expiry },
      await wordingFor(language),
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
