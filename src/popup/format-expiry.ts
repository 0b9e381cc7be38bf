/**
 * "Mon, 24 Nov, 17:05" in the user's locale and time zone: an absolute moment support can act
 * on, rather than "in 3 days", which depends on when they read it.
 */
export function formatExpiry(expiresAt: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(expiresAt);
}
