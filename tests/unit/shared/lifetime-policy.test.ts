import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import type { Lifetime } from '../../../src/shared/lifetime/choices.ts';
import {
  suggestLifetime,
  type LifetimeReason,
  type LifetimeSuggestion,
  type SuggestOptions,
} from '../../../src/shared/lifetime/suggest-lifetime.ts';
import { defaultWorkWeek, type WorkWeek } from '../../../src/shared/lifetime/work-week.ts';

// Every expected value is worked out by hand from the rule in suggest-lifetime.ts; each row's
// note gives the local time at which the lifetime of rule 3 would end. "Back" is the end of the
// working hours of the team's next working day: a lifetime ending before it becomes 'longer'.

const ONE_HOUR = 3600;
const ONE_DAY = 86_400;
const THREE_DAYS = 259_200;
const SEVEN_DAYS = 604_800;

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const KOLKATA = 'Asia/Kolkata';
const SYDNEY = 'Australia/Sydney';
const AUCKLAND = 'Pacific/Auckland';
const RIYADH = 'Asia/Riyadh';
const JERUSALEM = 'Asia/Jerusalem';

/** Epoch ms of a wall-clock time ('YYYY-MM-DDTHH:mm') in an IANA time zone. */
function at(local: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`not a local time: ${local}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // A wall-clock time skipped by a DST change would silently mean another hour.
  if (date.getDate() !== day || date.getHours() !== hour || date.getMinutes() !== minute) {
    throw new Error(`${local} does not exist in ${timeZone}`);
  }
  return date.getTime();
}

/** The default week (Mon–Fri, 9:00–17:00) in `timeZone`, with some fields changed. */
const weekIn = (timeZone: string, changes: Partial<WorkWeek> = {}): WorkWeek => ({
  ...defaultWorkWeek,
  timeZone,
  ...changes,
});

/** Every Monday to Friday between two dates (YYYY-MM-DD, both included). */
function weekdaysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T12:00Z`); t <= Date.parse(`${last}T12:00Z`); t += 86_400_000) {
    const day = new Date(t);
    if (day.getUTCDay() % 6 !== 0) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** Local time in the week's zone, expected ttl, reason and weekday, a note; `clamped` is false unless `more` says otherwise. */
type Row = [
  local: string,
  ttlSeconds: Lifetime,
  reason: LifetimeReason,
  weekday: number,
  note: string,
  more?: Partial<LifetimeSuggestion>,
];

function suggests(week: WorkWeek, rows: Row[], options: SuggestOptions = {}): void {
  it.each(rows)('%s → %i s (%s, weekday %i): %s', (local, ttlSeconds, reason, weekday, _, more) => {
    expect(suggestLifetime(at(local, week.timeZone), week, options)).toMatchObject({
      ttlSeconds,
      reason,
      weekday,
      clamped: false,
      ...more,
    });
  });
}

describe('the test helper', () => {
  it('reads wall-clock times in the given zone', () => {
    expect(at('2026-11-20T17:00', BERLIN)).toBe(Date.UTC(2026, 10, 20, 16, 0));
    expect(at('2026-10-23T17:00', BERLIN)).toBe(Date.UTC(2026, 9, 23, 15, 0));
    expect(at('2026-11-20T08:30', KOLKATA)).toBe(Date.UTC(2026, 10, 20, 3, 0));
    expect(at('2026-11-23T09:00', AUCKLAND)).toBe(Date.UTC(2026, 10, 22, 20, 0));
    expect(() => at('2026-03-29T02:30', BERLIN)).toThrow();
  });

  it('lists weekdays', () => {
    expect(weekdaysBetween('2026-12-25', '2027-01-01')).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});

// 1. A normal week: 16–22 November 2026 in Berlin, CET (UTC+1) all week and the next.
describe('a normal week in Berlin (Mon–Fri 9:00–17:00)', () => {
  const week = weekIn(BERLIN);
  const days = [
    ['Monday', '2026-11-16', 1, ONE_DAY, 'workday', '2026-11-17'],
    ['Tuesday', '2026-11-17', 2, ONE_DAY, 'workday', '2026-11-18'],
    ['Wednesday', '2026-11-18', 3, ONE_DAY, 'workday', '2026-11-19'],
    // From 17:00 the next working day is Friday: 1 day still reaches Friday 17:00.
    ['Thursday', '2026-11-19', 4, ONE_DAY, 'workday', '2026-11-20'],
    // At 17:00, 3 days end Monday 17:00: exactly when Monday's hours end, so not 'longer'.
    ['Friday', '2026-11-20', 5, THREE_DAYS, 'last-workday', '2026-11-23'],
    ['Saturday', '2026-11-21', 6, THREE_DAYS, 'day-off', '2026-11-23'],
    ['Sunday', '2026-11-22', 0, THREE_DAYS, 'day-off', '2026-11-23'],
  ] as const;
  const times = ['00:00', '08:59', '09:00', '12:00', '16:59', '17:00', '23:59'];
  const cases = days.flatMap(([day, date, weekday, ttlSeconds, reason, back]) =>
    times.map((time) => ({
      name: `${day} ${time}`,
      now: at(`${date}T${time}`, BERLIN),
      expected: {
        ttlSeconds,
        reason,
        weekday,
        supportBack: at(`${back}T09:00`, BERLIN),
        clamped: false,
      },
    })),
  );

  it.each(cases)('$name → $expected.ttlSeconds s ($expected.reason)', ({ now, expected }) => {
    expect(suggestLifetime(now, week)).toEqual(expected);
  });

  it("uses the machine's zone when the week names none", () => {
    // Wednesday 12:00 UTC is Wednesday 00:00 (UTC-12) to Thursday 02:00 (UTC+14): 1 day anywhere.
    const result = suggestLifetime(Date.UTC(2026, 10, 18, 12, 0), defaultWorkWeek);
    expect(result).toMatchObject({ ttlSeconds: ONE_DAY, reason: 'workday', clamped: false });
  });
});

// 2. One instant, teams in several zones: each team's own calendar day decides.
describe('teams in different time zones', () => {
  type ZoneRow = [
    zone: string,
    local: string,
    ttl: Lifetime,
    reason: LifetimeReason,
    weekday: number,
  ];

  function sameInstant(instant: number, rows: ZoneRow[]): void {
    it.each(rows)('%s, %s → %i s (%s, weekday %i)', (zone, local, ttlSeconds, reason, weekday) => {
      expect(at(local, zone)).toBe(instant);
      expect(suggestLifetime(instant, weekIn(zone))).toMatchObject({
        ttlSeconds,
        reason,
        weekday,
        clamped: false,
      });
    });
  }

  describe('Thursday night in New York is Friday further east: 2026-11-20 03:00 UTC', () => {
    sameInstant(Date.UTC(2026, 10, 20, 3, 0), [
      [NEW_YORK, '2026-11-19T22:00', ONE_DAY, 'workday', 4],
      [BERLIN, '2026-11-20T04:00', THREE_DAYS, 'last-workday', 5],
      [KOLKATA, '2026-11-20T08:30', THREE_DAYS, 'last-workday', 5],
      [TOKYO, '2026-11-20T12:00', THREE_DAYS, 'last-workday', 5],
      [SYDNEY, '2026-11-20T14:00', THREE_DAYS, 'last-workday', 5],
      [AUCKLAND, '2026-11-20T16:00', THREE_DAYS, 'last-workday', 5],
    ]);
  });

  describe('Sunday evening in New York is Monday further east: 2026-11-22 23:00 UTC', () => {
    sameInstant(Date.UTC(2026, 10, 22, 23, 0), [
      [NEW_YORK, '2026-11-22T18:00', THREE_DAYS, 'day-off', 0],
      [BERLIN, '2026-11-23T00:00', ONE_DAY, 'workday', 1],
      [KOLKATA, '2026-11-23T04:30', ONE_DAY, 'workday', 1],
      [TOKYO, '2026-11-23T08:00', ONE_DAY, 'workday', 1],
      [SYDNEY, '2026-11-23T10:00', ONE_DAY, 'workday', 1],
      [AUCKLAND, '2026-11-23T12:00', ONE_DAY, 'workday', 1],
    ]);
  });

  describe('Friday night in New York is Saturday further east: 2026-11-21 04:00 UTC', () => {
    sameInstant(Date.UTC(2026, 10, 21, 4, 0), [
      [NEW_YORK, '2026-11-20T23:00', THREE_DAYS, 'last-workday', 5],
      [TOKYO, '2026-11-21T13:00', THREE_DAYS, 'day-off', 6],
      [AUCKLAND, '2026-11-21T17:00', THREE_DAYS, 'day-off', 6],
    ]);
  });

  describe("the half-hour zone: Kolkata's Friday starts at 18:30 UTC", () => {
    sameInstant(Date.UTC(2026, 10, 19, 18, 29), [
      [KOLKATA, '2026-11-19T23:59', ONE_DAY, 'workday', 4],
    ]);
    sameInstant(Date.UTC(2026, 10, 19, 18, 30), [
      [KOLKATA, '2026-11-20T00:00', THREE_DAYS, 'last-workday', 5],
      [BERLIN, '2026-11-19T19:30', ONE_DAY, 'workday', 4],
      [TOKYO, '2026-11-20T03:30', THREE_DAYS, 'last-workday', 5],
    ]);
  });
});

// 3. DST changes. Three days are 71 hours across a spring change and 73 across an autumn one.
describe('DST changes', () => {
  describe('Berlin, autumn: Sunday 25 October 2026, 03:00 CEST → 02:00 CET', () => {
    suggests(weekIn(BERLIN), [
      ['2026-10-22T17:00', ONE_DAY, 'workday', 4, 'Thu: ends Fri 17:00'],
      ['2026-10-23T16:59', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-10-23T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:00 CET'],
      ['2026-10-23T17:59', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:59 CET'],
      ['2026-10-23T18:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 17:00 CET, exactly'],
      ['2026-10-23T23:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 22:00 CET'],
      ['2026-10-24T17:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 16:00 CET'],
      ['2026-10-24T23:59', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 22:59 CET'],
      ['2026-10-25T01:00', THREE_DAYS, 'day-off', 0, 'Sun, 01:00 CEST: ends Wed 00:00 CET'],
      ['2026-10-26T00:00', ONE_DAY, 'workday', 1, 'Mon: ends Tue 00:00'],
    ]);
  });

  describe('Berlin, spring: Sunday 29 March 2026, 02:00 CET → 03:00 CEST', () => {
    suggests(weekIn(BERLIN), [
      ['2026-03-27T16:59', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-03-27T17:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 18:00 CEST'],
      ['2026-03-27T23:59', THREE_DAYS, 'last-workday', 5, 'Fri: ends Tue 00:59 CEST'],
      ['2026-03-28T17:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 18:00 CEST'],
      ['2026-03-28T23:59', THREE_DAYS, 'day-off', 6, 'Sat: ends Wed 00:59 CEST'],
      ['2026-03-29T12:00', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 12:00 CEST'],
    ]);
  });

  describe('New York: Sunday 1 November 2026 (EDT → EST) and Sunday 8 March 2026 (EST → EDT)', () => {
    suggests(weekIn(NEW_YORK), [
      ['2026-10-30T16:59', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-10-30T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:00 EST'],
      ['2026-10-30T17:30', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:30 EST'],
      ['2026-10-30T18:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 17:00 EST, exactly'],
      ['2026-10-31T17:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 16:00 EST'],
      ['2026-03-06T17:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 18:00 EDT'],
      ['2026-03-07T20:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 21:00 EDT'],
    ]);
  });

  describe('southern autumn: Sunday 5 April 2026 in Sydney (AEDT → AEST)', () => {
    suggests(weekIn(SYDNEY), [
      ['2026-04-03T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:00 AEST'],
      ['2026-04-03T18:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 17:00 AEST, exactly'],
    ]);
  });

  describe('the same instant as Sydney 17:00 (06:00 UTC) in Tokyo (no DST) and Auckland', () => {
    suggests(weekIn(TOKYO), [
      ['2026-04-03T15:00', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
    ]);
    suggests(weekIn(AUCKLAND), [
      ['2026-04-03T19:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 18:00 NZST'],
      ['2026-04-03T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:00 NZST'],
    ]);
  });

  describe('Sunday to Thursday in Jerusalem: IDT → IST on Sunday 25 October 2026', () => {
    suggests(weekIn(JERUSALEM, { days: [0, 1, 2, 3, 4] }), [
      ['2026-10-22T17:00', SEVEN_DAYS, 'longer', 4, 'Thu: 3 days end Sun 16:00 IST'],
      ['2026-10-22T18:00', THREE_DAYS, 'last-workday', 4, 'Thu: ends Sun 17:00 IST, exactly'],
      // Israel starts DST on Friday 27 March 2026.
      ['2026-03-26T17:00', THREE_DAYS, 'last-workday', 4, 'Thu: ends Sun 18:00 IDT'],
    ]);
  });

  describe('a team working every day in Berlin: the 25-hour Sunday', () => {
    suggests(weekIn(BERLIN, { days: [0, 1, 2, 3, 4, 5, 6] }), [
      ['2026-10-24T17:00', THREE_DAYS, 'longer', 6, 'Sat: 1 day ends Sun 16:00 CET'],
      ['2026-10-24T18:00', ONE_DAY, 'workday', 6, 'Sat: ends Sun 17:00 CET, exactly'],
      ['2026-03-28T17:00', ONE_DAY, 'workday', 6, 'Sat: ends Sun 18:00 CEST'],
    ]);
  });

  describe('Berlin with Monday 26 October off: back Tuesday, hours end 17:00 CET', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-10-26'] }), [
      ['2026-10-23T18:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 17:00 CET'],
      ['2026-10-24T17:00', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 16:00 CET'],
      ['2026-10-24T18:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 17:00 CET, exactly'],
    ]);
  });

  it('leaves every other half hour of 2026 in Berlin to the weekday', { timeout: 30_000 }, () => {
    // The product brief: 1 day Monday to Thursday and 3 days Friday to Sunday, at any hour,
    // except where DST makes 'longer' apply: in 2026 only Friday 23 October, 17:00–17:59.
    const week = weekIn(BERLIN);
    const wrong: string[] = [];
    const end = at('2027-01-01T00:00', BERLIN);
    for (let now = at('2026-01-01T00:00', BERLIN); now < end; now += 30 * 60_000) {
      const local = new TZDate(now, BERLIN);
      const weekday = local.getDay();
      const longer = local.getMonth() === 9 && local.getDate() === 23 && local.getHours() === 17;
      const expected = longer
        ? { ttlSeconds: SEVEN_DAYS, reason: 'longer' }
        : weekday >= 1 && weekday <= 4
          ? { ttlSeconds: ONE_DAY, reason: 'workday' }
          : { ttlSeconds: THREE_DAYS, reason: weekday === 5 ? 'last-workday' : 'day-off' };
      const got = suggestLifetime(now, week);
      if (
        got.ttlSeconds !== expected.ttlSeconds ||
        got.reason !== expected.reason ||
        got.weekday !== weekday
      ) {
        wrong.push(`${local.toString()}: ${got.ttlSeconds} s, ${got.reason}, ${got.weekday}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

// 4. Holidays (Berlin, Mon–Fri 9:00–17:00).
describe('holidays', () => {
  describe('a Friday off: Labour Day, Friday 1 May 2026, back Monday', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-05-01'] }), [
      ['2026-04-29T12:00', ONE_DAY, 'workday', 3, 'Wed: ends Thu 12:00'],
      ['2026-04-30T09:00', THREE_DAYS, 'last-workday', 4, 'Thu: tomorrow is off'],
      ['2026-04-30T16:59', THREE_DAYS, 'last-workday', 4, 'Thu: hours not over yet'],
      ['2026-04-30T17:00', SEVEN_DAYS, 'longer', 4, 'Thu: 3 days end Sun 17:00'],
      ['2026-04-30T23:59', SEVEN_DAYS, 'longer', 4, 'Thu: 3 days end Sun 23:59'],
      ['2026-05-01T00:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 00:00'],
      ['2026-05-01T16:59', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 16:59'],
      ['2026-05-01T17:00', THREE_DAYS, 'day-off', 5, 'Fri: ends Mon 17:00, exactly'],
      ['2026-05-02T12:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 12:00'],
      ['2026-05-03T23:59', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 23:59'],
      ['2026-05-04T09:00', ONE_DAY, 'workday', 1, 'Mon: ends Tue 09:00'],
    ]);
  });

  describe('a Monday off: Whit Monday, 25 May 2026, back Tuesday', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-05-25'] }), [
      ['2026-05-22T12:00', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-05-22T16:59', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-05-22T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 17:00, a holiday'],
      ['2026-05-23T00:00', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 00:00'],
      ['2026-05-23T16:59', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 16:59'],
      ['2026-05-23T17:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 17:00, exactly'],
      ['2026-05-24T12:00', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 12:00'],
      ['2026-05-25T12:00', THREE_DAYS, 'day-off', 1, 'Mon, the holiday: ends Thu 12:00'],
      ['2026-05-26T09:00', ONE_DAY, 'workday', 2, 'Tue: ends Wed 09:00'],
    ]);
  });

  describe('both: Good Friday 3 April and Easter Monday 6 April 2026, back Tuesday', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-04-03', '2026-04-06'] }), [
      ['2026-04-02T12:00', THREE_DAYS, 'last-workday', 4, 'Thu: hours not over yet'],
      ['2026-04-02T17:00', SEVEN_DAYS, 'longer', 4, 'Thu: 3 days end Sun 17:00'],
      ['2026-04-03T12:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 12:00'],
      ['2026-04-04T12:00', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 12:00'],
      ['2026-04-04T17:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 17:00, exactly'],
      ['2026-04-05T12:00', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 12:00'],
      ['2026-04-06T12:00', THREE_DAYS, 'day-off', 1, 'Mon: ends Thu 12:00'],
      ['2026-04-07T12:00', ONE_DAY, 'workday', 2, 'Tue: ends Wed 12:00'],
    ]);
  });

  describe('a Wednesday off: 18 November 2026', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-11-18'] }), [
      ['2026-11-16T12:00', ONE_DAY, 'workday', 1, 'Mon: ends Tue 12:00'],
      ['2026-11-17T12:00', THREE_DAYS, 'last-workday', 2, 'Tue: tomorrow is off'],
      ['2026-11-17T17:00', THREE_DAYS, 'last-workday', 2, 'Tue: ends Fri 17:00, after Thu'],
      ['2026-11-18T12:00', THREE_DAYS, 'day-off', 3, 'Wed: ends Sat 12:00'],
      ['2026-11-19T12:00', ONE_DAY, 'workday', 4, 'Thu: ends Fri 12:00'],
      ['2026-11-20T12:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 12:00'],
    ]);
  });

  describe('two weeks off: 21 December 2026 to 1 January 2027, back Monday 4 January', () => {
    const clamped = { clamped: true };
    suggests(weekIn(BERLIN, { holidays: weekdaysBetween('2026-12-21', '2027-01-01') }), [
      ['2026-12-18T12:00', THREE_DAYS, 'last-workday', 5, 'Fri: hours not over yet'],
      ['2026-12-18T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: even 7 days end Fri 25 Dec', clamped],
      ['2026-12-23T12:00', SEVEN_DAYS, 'longer', 3, 'Wed: even 7 days end Wed 30 Dec', clamped],
      ['2026-12-28T12:00', SEVEN_DAYS, 'longer', 1, 'Mon: even 7 days end 4 Jan 12:00', clamped],
      ['2026-12-28T17:00', SEVEN_DAYS, 'longer', 1, 'Mon: 7 days end 4 Jan 17:00, exactly'],
      ['2026-12-29T12:00', SEVEN_DAYS, 'longer', 2, 'Tue: 3 days end Fri 1 Jan'],
      ['2027-01-01T12:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 12:00'],
      ['2027-01-01T17:00', THREE_DAYS, 'day-off', 5, 'Fri: ends Mon 17:00, exactly'],
      ['2027-01-02T12:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 12:00'],
    ]);
  });

  describe("holidays are dates in the team's zone: Tokyo, Monday 23 November 2026 off", () => {
    suggests(weekIn(TOKYO, { holidays: ['2026-11-23'] }), [
      ['2026-11-20T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 17:00, a holiday'],
      ['2026-11-21T12:00', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 12:00'],
      // 15:30 UTC on Monday 23 November, the holiday's date in UTC.
      ['2026-11-24T00:30', ONE_DAY, 'workday', 2, 'Tue: ends Wed 00:30'],
    ]);
  });

  describe('a holiday on a Saturday changes nothing', () => {
    suggests(weekIn(BERLIN, { holidays: ['2026-11-21'] }), [
      ['2026-11-20T17:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 17:00, exactly'],
    ]);
  });
});

// 5. Other working weeks, 15–22 November 2026.
describe('other working weeks', () => {
  describe('Sunday to Thursday in Riyadh (UTC+3)', () => {
    suggests(weekIn(RIYADH, { days: [0, 1, 2, 3, 4] }), [
      ['2026-11-15T12:00', ONE_DAY, 'workday', 0, 'Sun: ends Mon 12:00'],
      ['2026-11-18T12:00', ONE_DAY, 'workday', 3, 'Wed: ends Thu 12:00'],
      ['2026-11-19T12:00', THREE_DAYS, 'last-workday', 4, 'Thu: ends Sun 12:00'],
      ['2026-11-19T17:00', THREE_DAYS, 'last-workday', 4, 'Thu: ends Sun 17:00, exactly'],
      ['2026-11-20T12:00', THREE_DAYS, 'day-off', 5, 'Fri: ends Mon 12:00'],
      ['2026-11-21T23:59', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 23:59'],
    ]);
  });

  describe('Monday to Saturday in Berlin', () => {
    suggests(weekIn(BERLIN, { days: [1, 2, 3, 4, 5, 6] }), [
      ['2026-11-20T12:00', ONE_DAY, 'workday', 5, 'Fri: ends Sat 12:00'],
      ['2026-11-20T17:00', ONE_DAY, 'workday', 5, 'Fri: ends Sat 17:00, exactly'],
      ['2026-11-21T12:00', THREE_DAYS, 'last-workday', 6, 'Sat: ends Tue 12:00'],
      ['2026-11-21T17:00', THREE_DAYS, 'last-workday', 6, 'Sat: ends Tue 17:00'],
      ['2026-11-22T12:00', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 12:00'],
    ]);
  });

  describe('Monday to Thursday in Berlin', () => {
    suggests(weekIn(BERLIN, { days: [1, 2, 3, 4] }), [
      ['2026-11-18T12:00', ONE_DAY, 'workday', 3, 'Wed: ends Thu 12:00'],
      ['2026-11-19T12:00', THREE_DAYS, 'last-workday', 4, 'Thu: hours not over yet'],
      ['2026-11-19T17:00', SEVEN_DAYS, 'longer', 4, 'Thu: 3 days end Sun 17:00'],
      ['2026-11-20T12:00', SEVEN_DAYS, 'longer', 5, 'Fri: 3 days end Mon 12:00'],
      ['2026-11-20T17:00', THREE_DAYS, 'day-off', 5, 'Fri: ends Mon 17:00, exactly'],
      ['2026-11-21T12:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 12:00'],
    ]);
  });

  // Day D's shift runs from D 22:00 to D+1 06:00; "today" is the calendar day in Berlin.
  describe('a night shift in Berlin, 22:00–06:00 on Monday to Friday nights', () => {
    suggests(weekIn(BERLIN, { start: 22 * 60, end: 6 * 60 }), [
      // Monday's shift ends Tue 06:00; none is on (Sunday night is off).
      ['2026-11-16T03:00', THREE_DAYS, 'longer', 1, 'Mon: 1 day ends Tue 03:00'],
      ['2026-11-16T05:59', THREE_DAYS, 'longer', 1, 'Mon: 1 day ends Tue 05:59'],
      ['2026-11-16T06:00', ONE_DAY, 'workday', 1, 'Mon: ends Tue 06:00, exactly'],
      ['2026-11-16T12:00', ONE_DAY, 'workday', 1, 'Mon: ends Tue 12:00'],
      ['2026-11-16T23:00', ONE_DAY, 'workday', 1, 'Mon, on shift: ends Tue 23:00'],
      // Ambiguous: Monday's shift is still on, but today's (Tuesday's) shift ends Wed 06:00.
      ['2026-11-17T03:00', THREE_DAYS, 'longer', 2, 'Tue: 1 day ends Wed 03:00'],
      ['2026-11-19T23:00', ONE_DAY, 'workday', 4, 'Thu, on shift: ends Fri 23:00'],
      ['2026-11-20T03:00', THREE_DAYS, 'last-workday', 5, 'Fri: ends Mon 03:00'],
      ['2026-11-20T23:00', THREE_DAYS, 'last-workday', 5, 'Fri, on shift: ends Mon 23:00'],
      // Ambiguous: Friday's shift is still on, but the next one from today is Monday's.
      ['2026-11-21T03:00', SEVEN_DAYS, 'longer', 6, 'Sat: 3 days end Tue 03:00'],
      ['2026-11-21T06:00', THREE_DAYS, 'day-off', 6, 'Sat: ends Tue 06:00, exactly'],
      ['2026-11-22T23:00', THREE_DAYS, 'day-off', 0, 'Sun: ends Wed 23:00'],
    ]);
  });
});

// 6. What the user may pick: lifetimes an administrator allows and the backend's maximum.
// Berlin, Mon–Fri 9:00–17:00: Tuesday 17 and Friday 20 November 2026.
// Reading taken where it matters (rows marked "Ambiguous"): rules 4 and 5 both test the lifetime
// of rule 3, as their wording says; the reason is 'longer' only when that lifetime would end too
// soon, and a lifetime raised or cut by rule 5 is not tested again.
describe('allowed lifetimes and maxSeconds', () => {
  const week = weekIn(BERLIN);
  const clamped = { clamped: true };

  describe('only 1 hour and 1 day allowed', () => {
    suggests(
      week,
      [
        ['2026-11-17T12:00', ONE_DAY, 'workday', 2, 'Tue: 1 day is allowed'],
        ['2026-11-20T12:00', ONE_DAY, 'last-workday', 5, 'Fri: cut to 1 day', clamped],
        // Ambiguous: the 3 days of rule 3 end Mon 17:00, exactly, so rule 5 cuts them; the
        // 1 day they are cut to ends Sat 17:00, but that does not make the reason 'longer'.
        ['2026-11-20T17:00', ONE_DAY, 'last-workday', 5, 'Fri: cut to 1 day', clamped],
      ],
      { allowed: [ONE_HOUR, ONE_DAY] },
    );
    suggests(
      weekIn(BERLIN, { holidays: ['2026-05-01'] }),
      [['2026-04-30T17:00', ONE_DAY, 'longer', 4, 'Thu, Fri off: none lasts', clamped]],
      { allowed: [ONE_HOUR, ONE_DAY] },
    );
  });

  describe('only 1 hour allowed', () => {
    // Ambiguous: 1 day would last (Wed 12:00), so not 'longer', although 1 hour ends at 13:00.
    suggests(week, [['2026-11-17T12:00', ONE_HOUR, 'workday', 2, 'Tue: cut to 1 hour', clamped]], {
      allowed: [ONE_HOUR],
    });
  });

  describe('only 3 and 7 days allowed', () => {
    suggests(
      week,
      [
        ['2026-11-17T12:00', THREE_DAYS, 'workday', 2, 'Tue: the next longer one'],
        ['2026-11-20T12:00', THREE_DAYS, 'last-workday', 5, 'Fri: 3 days is allowed'],
      ],
      { allowed: [THREE_DAYS, SEVEN_DAYS] },
    );
  });

  describe('only 1 hour and 7 days allowed, in any order', () => {
    suggests(week, [['2026-11-17T12:00', SEVEN_DAYS, 'workday', 2, 'Tue: [1 h, 7 days]']], {
      allowed: [ONE_HOUR, SEVEN_DAYS],
    });
    suggests(week, [['2026-11-17T12:00', SEVEN_DAYS, 'workday', 2, 'Tue: [7 days, 1 h]']], {
      allowed: [SEVEN_DAYS, ONE_HOUR],
    });
  });

  describe('across the autumn change in Berlin (3 days from Fri 23 Oct 17:00 end Mon 16:00)', () => {
    // Ambiguous: 'longer', since the 3 days of rule 3 do not last, although rule 5 alone
    // (3 days not allowed, the next longer one) would give the same 7 days.
    suggests(week, [['2026-10-23T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: 1 or 7 days']], {
      allowed: [ONE_DAY, SEVEN_DAYS],
    });
    suggests(week, [['2026-10-23T17:00', THREE_DAYS, 'longer', 5, 'Fri: 1 or 3 days', clamped]], {
      allowed: [ONE_DAY, THREE_DAYS],
    });
    suggests(week, [['2026-10-23T17:00', SEVEN_DAYS, 'longer', 5, 'Fri: at most 7 days']], {
      maxSeconds: SEVEN_DAYS,
    });
    // Every day worked: 1 day from Sat 17:00 CEST ends Sun 16:00 CET; 3 days would last.
    suggests(
      weekIn(BERLIN, { days: [0, 1, 2, 3, 4, 5, 6] }),
      [['2026-10-24T17:00', SEVEN_DAYS, 'longer', 6, 'Sat: 1 or 7 days']],
      { allowed: [ONE_DAY, SEVEN_DAYS] },
    );
  });

  describe('at most 1 day (or 100 000 s)', () => {
    suggests(
      week,
      [
        ['2026-11-17T12:00', ONE_DAY, 'workday', 2, 'Tue'],
        ['2026-11-20T12:00', ONE_DAY, 'last-workday', 5, 'Fri: cut to 1 day', clamped],
      ],
      { maxSeconds: ONE_DAY },
    );
    suggests(
      week,
      [['2026-11-20T12:00', ONE_DAY, 'last-workday', 5, 'Fri: cut to 1 day', clamped]],
      { maxSeconds: 100_000 },
    );
  });

  describe('at most 3 days, Friday 1 May off (3 days from Thursday evening end on Sunday)', () => {
    const labourDay = weekIn(BERLIN, { holidays: ['2026-05-01'] });
    suggests(
      labourDay,
      [['2026-04-30T18:00', THREE_DAYS, 'longer', 4, 'Thu: 7 days not allowed', clamped]],
      { maxSeconds: THREE_DAYS },
    );
    suggests(
      labourDay,
      [['2026-04-30T17:00', THREE_DAYS, 'longer', 4, 'Thu: 7 days not allowed', clamped]],
      { allowed: [ONE_DAY, THREE_DAYS, SEVEN_DAYS], maxSeconds: THREE_DAYS },
    );
  });
});

// 7. When support is back: the start of working hours on the first working day after today,
// written as UTC instants, independent of the helper.
describe('supportBack', () => {
  type BackRow = [local: string, supportBack: number, note: string];

  function back(week: WorkWeek, rows: BackRow[]): void {
    it.each(rows)('%s → %i: %s', (local, supportBack) => {
      expect(suggestLifetime(at(local, week.timeZone), week).supportBack).toBe(supportBack);
    });
  }

  describe('Berlin, Mon–Fri 9:00–17:00', () => {
    back(weekIn(BERLIN), [
      ['2026-11-20T12:00', Date.UTC(2026, 10, 23, 8, 0), 'Fri → Mon 23 Nov 09:00 CET'],
      ['2026-11-21T12:00', Date.UTC(2026, 10, 23, 8, 0), 'Sat → Mon 23 Nov 09:00 CET'],
      ['2026-11-17T23:59', Date.UTC(2026, 10, 18, 8, 0), 'Tue → Wed 18 Nov 09:00 CET'],
      ['2026-10-23T17:00', Date.UTC(2026, 9, 26, 8, 0), 'Fri, CEST → Mon 26 Oct 09:00 CET'],
      ['2026-03-27T12:00', Date.UTC(2026, 2, 30, 7, 0), 'Fri, CET → Mon 30 Mar 09:00 CEST'],
    ]);
  });

  describe('Berlin with holidays', () => {
    back(weekIn(BERLIN, { holidays: ['2026-05-01'] }), [
      ['2026-04-30T12:00', Date.UTC(2026, 4, 4, 7, 0), 'Thu, Fri off → Mon 4 May 09:00 CEST'],
    ]);
    back(weekIn(BERLIN, { holidays: ['2026-05-25'] }), [
      ['2026-05-22T17:00', Date.UTC(2026, 4, 26, 7, 0), 'Fri, Mon off → Tue 26 May 09:00 CEST'],
      ['2026-05-25T12:00', Date.UTC(2026, 4, 26, 7, 0), 'Mon, off → Tue 26 May 09:00 CEST'],
    ]);
    back(weekIn(BERLIN, { holidays: weekdaysBetween('2026-12-21', '2027-01-01') }), [
      ['2026-12-18T17:00', Date.UTC(2027, 0, 4, 8, 0), 'Fri → Mon 4 Jan 2027 09:00 CET'],
      ['2026-12-28T12:00', Date.UTC(2027, 0, 4, 8, 0), 'Mon → Mon 4 Jan 2027 09:00 CET'],
    ]);
  });

  describe('other zones and weeks', () => {
    back(weekIn(NEW_YORK), [
      ['2026-10-30T17:00', Date.UTC(2026, 10, 2, 14, 0), 'Fri, EDT → Mon 2 Nov 09:00 EST'],
    ]);
    back(weekIn(KOLKATA), [
      ['2026-11-20T12:00', Date.UTC(2026, 10, 23, 3, 30), 'Fri → Mon 23 Nov 09:00 IST'],
    ]);
    back(weekIn(AUCKLAND), [
      ['2026-11-20T12:00', Date.UTC(2026, 10, 22, 20, 0), 'Fri → Mon 23 Nov 09:00 NZDT'],
    ]);
    back(weekIn(RIYADH, { days: [0, 1, 2, 3, 4] }), [
      ['2026-11-19T12:00', Date.UTC(2026, 10, 22, 6, 0), 'Thu → Sun 22 Nov 09:00 +03'],
    ]);
    back(weekIn(BERLIN, { start: 22 * 60, end: 6 * 60 }), [
      ['2026-11-20T23:00', Date.UTC(2026, 10, 23, 21, 0), 'night shift, Fri → Mon 22:00 CET'],
      ['2026-11-21T03:00', Date.UTC(2026, 10, 23, 21, 0), 'night shift, Sat → Mon 22:00 CET'],
      // Strictly after today: Tuesday's shift, although Monday's starts sooner.
      ['2026-11-16T03:00', Date.UTC(2026, 10, 17, 21, 0), 'night shift, Mon → Tue 22:00 CET'],
    ]);
  });

  describe('a long absence', () => {
    // Off from Monday 23 November to Thursday 31 December: back Friday 1 January, 42 days on.
    const offToNewYear = weekIn(BERLIN, { holidays: weekdaysBetween('2026-11-23', '2026-12-31') });

    it('within 60 days: back Fri 1 Jan 09:00 CET; 7 days do not reach it', () => {
      expect(suggestLifetime(at('2026-11-20T17:00', BERLIN), offToNewYear)).toEqual({
        ttlSeconds: SEVEN_DAYS,
        reason: 'longer',
        weekday: 5,
        supportBack: Date.UTC(2027, 0, 1, 8, 0),
        clamped: true,
      });
    });

    it('beyond 60 days: undefined (off until 31 March 2027, back 132 days on)', () => {
      const week = weekIn(BERLIN, { holidays: weekdaysBetween('2026-11-23', '2027-03-31') });
      const result = suggestLifetime(at('2026-11-20T17:00', BERLIN), week);
      expect(result.supportBack).toBeUndefined();
      expect(result.weekday).toBe(5);
    });

    it('never: undefined when the team works no day at all', () => {
      const result = suggestLifetime(at('2026-11-20T12:00', BERLIN), weekIn(BERLIN, { days: [] }));
      expect(result.supportBack).toBeUndefined();
      expect(result.weekday).toBe(5);
    });
  });
});
