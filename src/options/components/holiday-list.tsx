import { useState } from 'preact/hooks';
import browser from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';

/** "2026-12-25" as the user reads it: "Friday, 25 December 2026". */
function longDate(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, date));
}

interface Props {
  holidays: string[];
  /** Today in the team's time zone, as YYYY-MM-DD: earlier days off are marked as past. */
  today: string;
  onChange: (holidays: string[]) => void;
}

/** Public holidays and closures: days the team does not work although the weekday says so. */
export function HolidayList({ holidays, today, onChange }: Props) {
  const [day, setDay] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    onChange([...new Set([...holidays, day])].sort());
    setDay('');
  };
  return (
    <fieldset class="field">
      <legend>{t('holidays')}</legend>
      <p class="hint">{t('holidaysHint')}</p>
      {holidays.length === 0 ? (
        <p class="muted">{t('holidaysNone')}</p>
      ) : (
        <ul class="holidays">
          {holidays.map((holiday) => (
            <li key={holiday} class={holiday < today ? 'muted' : undefined}>
              <span>
                {longDate(holiday)}
                {holiday < today && ` (${t('holidayPast')})`}
              </span>
              <button
                type="button"
                class="secondary"
                aria-label={t('holidayRemove', longDate(holiday))}
                onClick={() => onChange(holidays.filter((other) => other !== holiday))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="input-row" onSubmit={add}>
        <label for="holiday-date" class="visually-hidden">
          {t('holidayDate')}
        </label>
        <input
          id="holiday-date"
          type="date"
          class="short"
          value={day}
          onInput={(event) => setDay(event.currentTarget.value)}
        />
        <button type="submit" class="secondary" disabled={day === ''}>
          {t('holidayAdd')}
        </button>
      </form>
    </fieldset>
  );
}
