import { describe, expect, it } from 'vitest';
import { suggestLifetime } from '../../../src/shared/lifetime.ts';

// Local dates: the rule is about the user's own calendar day. 2026-11-16 is a Monday.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

describe('the suggested lifetime', () => {
  it.each([
    ['Monday 09:00', at(16, 9), 86_400, 'weekday'],
    ['Tuesday 00:00', at(17, 0), 86_400, 'weekday'],
    ['Thursday 23:59', at(19, 23, 59), 86_400, 'weekday'],
    ['Friday 00:00', at(20, 0), 259_200, 'friday'],
    ['Friday 17:30', at(20, 17, 30), 259_200, 'friday'],
    ['Saturday 12:00', at(21, 12), 259_200, 'weekend'],
    ['Sunday 23:59', at(22, 23, 59), 259_200, 'weekend'],
    ['Monday 00:00', at(23, 0), 86_400, 'weekday'],
  ])('on %s is %i s (%s)', (_name, now, ttlSeconds, reason) => {
    expect(suggestLifetime(now)).toEqual({ ttlSeconds, reason });
  });
});
