import type { MessageWording } from './fill-plan.ts';

/** The languages OnceLink writes a ticket's message in; anything else gets English. */
export const ticketLanguages = ['en', 'de', 'fr', 'es'] as const;
export type TicketLanguage = (typeof ticketLanguages)[number];

/** The locale of a page's lang attribute ("de-CH" → "de"), when OnceLink writes it. */
export function ticketLanguage(pageLanguage: string): TicketLanguage {
  const base = pageLanguage.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ticketLanguages.find((language) => language === base) ?? 'en';
}

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> } | undefined
>;

/** A message with its placeholders filled in, as browser.i18n.getMessage does. */
function format(messages: Messages, key: string, values: string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const withContent = entry.message.replace(
    /\$(\w+)\$/g,
    (match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? match,
  );
  return withContent.replace(/\$(\d)/g, (match, index: string) => values[Number(index) - 1] ?? '');
}

/**
 * What goes into a ticket's message, from one locale's _locales file: the support team reads
 * it in the page's language, whatever language the user's browser speaks.
 */
export function ticketWording(messages: Messages): MessageWording {
  return {
    block: (link, passphrase, expiry) =>
      format(messages, 'messageBlock', [link, passphrase, expiry]),
    linkLine: (link, expiry) => format(messages, 'messageLinkLine', [link, expiry]),
    passphraseLine: (passphrase) => format(messages, 'messagePassphraseLine', [passphrase]),
  };
}
