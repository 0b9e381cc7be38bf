import { describe, expect, it } from 'vitest';
import { lifetimeReason } from '../../../src/shared/lifetime/reason.ts';
import type { LifetimeSuggestion } from '../../../src/shared/lifetime/suggest-lifetime.ts';
import { fakeBrowser } from '../../support/fake-extension-api.ts';

// Monday 23 November 2026, 09:00 UTC: when support is back after a Friday.
const monday = Date.UTC(2026, 10, 23, 9);
const suggestion = (overrides: Partial<LifetimeSuggestion>): LifetimeSuggestion => ({
  ttlSeconds: 259_200,
  reason: 'last-workday',
  weekday: 5,
  supportBack: monday,
  clamped: false,
  ...overrides,
});

describe('why a lifetime is suggested, in words', () => {
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';

  it.each([
    [{}, 'Friday: 3 days, so support can still open it on Monday.'],
    [
      { reason: 'day-off', weekday: 6 },
      'Saturday: 3 days, so support can still open it on Monday.',
    ],
    [
      { reason: 'workday', weekday: 2, ttlSeconds: 86_400 },
      'Tuesday: 1 day, so support can use it before it expires.',
    ],
    [
      { reason: 'longer', weekday: 4, ttlSeconds: 604_800 },
      'Thursday: 7 days, because support is away until Monday.',
    ],
    [
      { reason: 'last-workday', ttlSeconds: 604_800 },
      'Friday: 7 days, so support can still open it on Monday.',
    ],
    [
      { clamped: true, ttlSeconds: 86_400 },
      'Friday: 1 day, the longest allowed; support is away until Monday.',
    ],
    [
      { clamped: true, reason: 'workday', weekday: 2, ttlSeconds: 3600 },
      'Tuesday: 1 hour, the longest allowed.',
    ],
  ] as const)('%j → %s', (overrides, sentence) => {
    fakeBrowser.i18n.getUILanguage = () => 'en-GB';
    expect(lifetimeReason(suggestion(overrides), 'UTC')).toBe(sentence);
  });
});
