import { TZDate } from '@date-fns/tz';
import { lifetimeChoices, type Lifetime } from './choices.ts';
import type { WorkWeek } from './work-week.ts';

/**
 * Why a lifetime is suggested:
 * - workday: today and tomorrow are working days: 1 day;
 * - last-workday: today is a working day and tomorrow is not: 3 days;
 * - day-off: today is not a working day: 3 days;
 * - longer: that would expire before the end of the team's next working day (a holiday, a
 *   long weekend, a DST change): the shortest allowed lifetime that lasts until then.
 */
export type LifetimeReason = 'workday' | 'last-workday' | 'day-off' | 'longer';

export interface LifetimeSuggestion {
  ttlSeconds: Lifetime;
  reason: LifetimeReason;
  /** Today's weekday in the team's time zone, 0 = Sunday. */
  weekday: number;
  /** Start of working hours on the first working day after today (epoch ms), if any within 60 days. */
  supportBack: number | undefined;
  /** Cut to the longest allowed lifetime, which may not last until support is back. */
  clamped: boolean;
}

export interface SuggestOptions {
  /** The lifetimes the user may pick (an administrator may allow fewer); all four by default. */
  allowed?: readonly Lifetime[];
  /** The longest lifetime the backend keeps (anonymous hosted One-Time Secret: 7 days). */
  maxSeconds?: number;
}

/**
 * The lifetime to suggest for a secret created at `now` (epoch ms) for a team working `week`.
 *
 * Rule (the support docs behind OnceLink, generalised):
 * 1. Days and hours are those of the team's time zone.
 * 2. A working day is one of `week.days` that is not in `week.holidays`.
 * 3. Today a working day and tomorrow too: 1 day. Today a working day, tomorrow not: 3 days.
 *    Today not a working day: 3 days.
 * 4. The team's next working day is the first working day (today included) whose working hours
 *    end after `now`. If the lifetime from (3) would expire before those hours end, the
 *    suggestion is the shortest allowed lifetime that lasts until then ("longer"); when none
 *    does, the longest allowed one, marked `clamped`. Lasting exactly until then is enough.
 * 5. Otherwise the lifetime from (3) stands, with its reason, if it is allowed. Allowed means in
 *    `allowed` and no longer than `maxSeconds`; when (3) is not, the suggestion is the shortest
 *    allowed lifetime that is longer, else the longest allowed one, marked `clamped`.
 * Durations are real elapsed time, so a day with a DST change is 23 or 25 hours long.
 */
export function suggestLifetime(
  now: number,
  week: WorkWeek,
  options: SuggestOptions = {},
): LifetimeSuggestion {
  const zone = week.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = new TZDate(now, zone);
  const holidays = new Set(week.holidays);
  // Local calendar arithmetic in the team's zone: TZDate normalises day and minute overflow.
  const at = (offset: number, minutes: number) =>
    new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + offset,
      0,
      minutes,
      zone,
    ).getTime();
  const isWorkingDay = (offset: number) => {
    const noon = new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + offset,
      12,
      0,
      zone,
    );
    return week.days.includes(noon.getDay()) && !holidays.has(dateKey(noon));
  };
  const hoursEnd = (offset: number) => at(week.end > week.start ? offset : offset + 1, week.end);

  const firstWorkingDay = (from: number, accept: (offset: number) => boolean) => {
    for (let offset = from; offset <= searchDays; offset++)
      if (isWorkingDay(offset) && accept(offset)) return offset;
    return undefined;
  };
  const next = firstWorkingDay(0, (offset) => hoursEnd(offset) > now);
  const deadline = next === undefined ? undefined : hoursEnd(next);
  const back = firstWorkingDay(1, () => true);

  const base: Lifetime = isWorkingDay(0) && isWorkingDay(1) ? 86_400 : 259_200;
  let reason: LifetimeReason = isWorkingDay(0)
    ? isWorkingDay(1)
      ? 'workday'
      : 'last-workday'
    : 'day-off';
  const allowed = allowedLifetimes(options);
  const longest = allowed.at(-1) ?? base;
  // Rule 4 judges the lifetime from rule 3; rule 5 only adjusts one that lasts long enough.
  const lasting = (seconds: number) => deadline === undefined || now + seconds * 1000 >= deadline;
  let ttlSeconds: Lifetime;
  let clamped: boolean;
  if (!lasting(base)) {
    reason = 'longer';
    const enough = allowed.find(lasting);
    ttlSeconds = enough ?? longest;
    clamped = enough === undefined;
  } else {
    const allowedBase = allowed.find((seconds) => seconds >= base);
    ttlSeconds = allowedBase ?? longest;
    clamped = allowedBase === undefined;
  }
  return {
    ttlSeconds,
    reason,
    weekday: today.getDay(),
    supportBack: back === undefined ? undefined : at(back, week.start),
    clamped,
  };
}

/** How far ahead a working day is looked for: beyond it, the team is not coming back soon. */
const searchDays = 60;

function allowedLifetimes({
  allowed = lifetimeChoices,
  maxSeconds = Infinity,
}: SuggestOptions): Lifetime[] {
  const fitting = allowed.filter((seconds) => seconds <= maxSeconds);
  const usable = fitting.length > 0 ? fitting : allowed.slice(0, 1);
  return [...usable].sort((a, b) => a - b);
}

function dateKey(date: TZDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
