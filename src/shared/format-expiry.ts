/**
 * "Mon, 24 Nov, 17:05" in the user's locale and time zone: an absolute moment support can act
 * on, rather than "in 3 days", which depends on when they read it.
 */
export function formatExpiry(
  expiresAt: number,
  locale?: string,
  options: { withTimeZone?: boolean } = {},
): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    // A ticket is read elsewhere: "17:05 CET" says when that is for support too.
    ...(options.withTimeZone ? { timeZoneName: 'short' } : {}),
  }).format(expiresAt);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days", "in 1 hour": how long support has, rounded to the largest whole unit. */
export function formatRemaining(expiresAt: number, now: number, locale?: string): string {
  const remaining = Math.max(0, expiresAt - now);
  const [unit, size] = units.find(([, length]) => remaining >= length) ?? ['minute', 60_000];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(
    Math.round(remaining / size),
    unit,
  );
}
