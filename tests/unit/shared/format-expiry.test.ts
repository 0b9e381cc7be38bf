import { describe, expect, it } from 'vitest';
import { formatExpiry, formatRemaining } from '../../../src/shared/format-expiry.ts';

describe('the expiry shown to the user', () => {
  const now = new Date(2026, 10, 21, 14, 30).getTime(); // a Saturday, local time

  it('is an absolute local date and time', () => {
    expect(formatExpiry(new Date(2026, 10, 24, 17, 5).getTime(), 'en-GB')).toBe(
      'Tue 24 Nov, 17:05',
    );
    expect(formatExpiry(new Date(2026, 10, 24, 17, 5).getTime(), 'de-DE')).toBe(
      'Di., 24. Nov., 17:05',
    );
  });

  it.each([
    [3 * 86_400_000, 'in 3 days'],
    [86_400_000 + 3_600_000, 'in 1 day'],
    [3_600_000, 'in 1 hour'],
    [90 * 60_000, 'in 2 hours'],
    [59 * 60_000, 'in 59 minutes'],
    [10_000, 'in 0 minutes'],
  ])('says how long is left (%i ms: %s)', (left, text) => {
    expect(formatRemaining(now + left, now, 'en')).toBe(text);
  });
});
