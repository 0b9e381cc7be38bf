import { TZDate } from '@date-fns/tz';
import { otsMaxTtlSeconds } from '../../shared/backends/onetimesecret/ots-limits.ts';
import browser from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';
import type { Lifetime } from '../../shared/lifetime/choices.ts';
import { lifetimeNames, lifetimeReason } from '../../shared/lifetime/reason.ts';
import { suggestLifetime } from '../../shared/lifetime/suggest-lifetime.ts';
import type { WorkWeek } from '../../shared/lifetime/work-week.ts';

const daysShown = 7;

/** Noon on today and the following days, in the team's time zone. */
function noons(now: number, zone: string): number[] {
  const today = new TZDate(now, zone);
  return Array.from({ length: daysShown }, (_, offset) =>
    new TZDate(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() + offset,
      12,
      0,
      zone,
    ).getTime(),
  );
}

interface Props {
  week: WorkWeek;
  allowed: readonly Lifetime[];
  now: number;
}

/** What the popup will suggest with these settings: now, and at noon on the coming days. */
export function LifetimePreview({ week, allowed, now }: Props) {
  const zone = week.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const options = { allowed, maxSeconds: otsMaxTtlSeconds };
  const day = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  });
  return (
    <div class="preview" aria-live="polite">
      <p id="lifetime-preview-now">
        {t('previewNow', lifetimeReason(suggestLifetime(now, week, options), week.timeZone))}
      </p>
      <table>
        <caption>{t('previewWeek')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('previewDay')}</th>
            <th scope="col">{t('previewLifetime')}</th>
          </tr>
        </thead>
        <tbody>
          {noons(now, zone).map((noon) => (
            <tr key={noon}>
              <th scope="row">{day.format(noon)}</th>
              <td>{t(lifetimeNames[suggestLifetime(noon, week, options).ttlSeconds] ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
