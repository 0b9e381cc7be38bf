import browser from '../browser.ts';
import { t } from '../i18n.ts';
import type { LifetimeSuggestion } from './suggest-lifetime.ts';

const lifetimeNames: Record<number, string> = {
  3600: 'lifetimeOneHour',
  86400: 'lifetimeOneDay',
  259200: 'lifetimeThreeDays',
  604800: 'lifetimeSevenDays',
};

/** A weekday's name in the user's language: 2026-11-15 was a Sunday. */
export function weekdayName(weekday: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2026, 10, 15 + weekday),
  );
}

/** The day support is back: its name, with the date when it is more than a week away. */
function dayName(at: number, timeZone: string, locale: string): string {
  const far = at - Date.now() > 6 * 86_400_000;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    ...(far ? { day: 'numeric', month: 'long' } : {}),
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

/** "Friday: 3 days, so support can still open it on Monday." */
export function lifetimeReason(suggestion: LifetimeSuggestion, timeZone: string): string {
  const locale = browser.i18n.getUILanguage();
  const weekday = weekdayName(suggestion.weekday, locale);
  const lifetime = t(lifetimeNames[suggestion.ttlSeconds] ?? '');
  const back =
    suggestion.supportBack === undefined
      ? undefined
      : dayName(suggestion.supportBack, timeZone, locale);
  if (suggestion.clamped) {
    // On a working day support is around: only say how far the lifetime was cut.
    return back === undefined || suggestion.reason === 'workday'
      ? t('suggestClampedNoDay', [weekday, lifetime])
      : t('suggestClamped', [weekday, lifetime, back]);
  }
  if (suggestion.reason === 'workday') return t('suggestWorkday', [weekday, lifetime]);
  if (suggestion.reason === 'longer') return t('suggestLonger', [weekday, lifetime, back ?? '']);
  return t('suggestUntilBack', [weekday, lifetime, back ?? '']);
}

export { lifetimeNames };
