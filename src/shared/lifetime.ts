/** The lifetimes offered in the popup, in seconds. */
export const lifetimeChoices = [3600, 86_400, 259_200, 604_800] as const;
export type Lifetime = (typeof lifetimeChoices)[number];

export type LifetimeReason = 'weekday' | 'friday' | 'weekend';

export interface LifetimeSuggestion {
  ttlSeconds: Lifetime;
  reason: LifetimeReason;
}

/**
 * Vendors' support docs: at least one day, so support can use the link before it expires;
 * three days when writing on a Friday or at the weekend, so it survives until Monday.
 * Judged in the user's own time zone.
 */
export function suggestLifetime(now: Date): LifetimeSuggestion {
  const day = now.getDay();
  if (day === 5) return { ttlSeconds: 259_200, reason: 'friday' };
  if (day === 6 || day === 0) return { ttlSeconds: 259_200, reason: 'weekend' };
  return { ttlSeconds: 86_400, reason: 'weekday' };
}

export function isLifetime(value: unknown): value is Lifetime {
  return lifetimeChoices.includes(value as Lifetime);
}
