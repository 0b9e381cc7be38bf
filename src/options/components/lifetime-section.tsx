import { TZDate } from '@date-fns/tz';
import browser from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';
import type { Lifetime } from '../../shared/lifetime/choices.ts';
import { lifetimeNames, weekdayName } from '../../shared/lifetime/reason.ts';
import type { WorkWeek } from '../../shared/lifetime/work-week.ts';
import { HolidayList } from './holiday-list.tsx';
import { LifetimePreview } from './lifetime-preview.tsx';
import { LockedBadge } from './locked-badge.tsx';
import { TimeOfDay } from './time-of-day.tsx';

/** Monday first, as most support teams plan their week. */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

function todayIn(zone: string, now: number): string {
  const today = new TZDate(now, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** The browser's zone list, plus a saved zone it names differently (an alias such as "UTC"). */
function zoneChoices(saved: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return saved === '' || zones.includes(saved) ? zones : [saved, ...zones];
}

interface Props {
  week: WorkWeek;
  /** Lifetimes an administrator allows, when fewer than all. */
  restrictedTo: readonly Lifetime[] | undefined;
  allowed: readonly Lifetime[];
  onChange: (week: WorkWeek) => void;
}

export function LifetimeSection({ week, restrictedTo, allowed, onChange }: Props) {
  const locale = browser.i18n.getUILanguage();
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = week.timeZone || browserZone;
  const now = Date.now();
  const change = (next: Partial<WorkWeek>) => onChange({ ...week, ...next });
  const toggleDay = (day: number, on: boolean) => {
    const days = on ? [...week.days, day] : week.days.filter((other) => other !== day);
    // A team always works some day: the last working day cannot be unticked.
    if (days.length > 0) change({ days: [...new Set(days)].sort() });
  };

  return (
    <section aria-labelledby="lifetime-title">
      <h2 id="lifetime-title">{t('sectionLifetime')}</h2>
      <p class="hint">{t('lifetimeIntro')}</p>
      {restrictedTo && (
        <p class="notice">
          {t(
            'policyLifetimes',
            restrictedTo.map((seconds) => t(lifetimeNames[seconds] ?? '')).join(', '),
          )}{' '}
          <LockedBadge />
        </p>
      )}
      <fieldset class="field">
        <legend>{t('workDays')}</legend>
        <div class="weekdays">
          {weekOrder.map((day) => (
            <label class="choice" key={day}>
              <input
                type="checkbox"
                checked={week.days.includes(day)}
                disabled={week.days.length === 1 && week.days.includes(day)}
                onChange={(event) => toggleDay(day, event.currentTarget.checked)}
              />
              <span>{weekdayName(day, locale)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>{t('workHours')}</legend>
        <div class="input-row">
          <TimeOfDay
            id="hours-from"
            label={t('hoursFrom')}
            minutes={week.start}
            onChange={(start) => change({ start })}
          />
          <TimeOfDay
            id="hours-to"
            label={t('hoursTo')}
            minutes={week.end}
            onChange={(end) => change({ end })}
          />
        </div>
      </fieldset>
      <div class="field">
        <label for="time-zone">{t('timeZone')}</label>
        <select
          id="time-zone"
          value={week.timeZone}
          onChange={(event) => change({ timeZone: event.currentTarget.value })}
        >
          <option value="">{t('timeZoneBrowser', browserZone)}</option>
          {zoneChoices(week.timeZone).map((name) => (
            <option key={name} value={name}>
              {name.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <HolidayList
        holidays={week.holidays}
        today={todayIn(zone, now)}
        onChange={(holidays) => change({ holidays })}
      />
      <LifetimePreview week={week} allowed={allowed} now={now} />
    </section>
  );
}
