import { t } from '../../shared/i18n.ts';
import { lifetimeChoices, type Lifetime, type LifetimeSuggestion } from '../../shared/lifetime.ts';

const labels: Record<Lifetime, string> = {
  3600: 'lifetimeOneHour',
  86400: 'lifetimeOneDay',
  259200: 'lifetimeThreeDays',
  604800: 'lifetimeSevenDays',
};

const reasons: Record<LifetimeSuggestion['reason'], string> = {
  weekday: 'suggestWeekday',
  friday: 'suggestFriday',
  weekend: 'suggestWeekend',
};

interface Props {
  value: Lifetime;
  suggestion: LifetimeSuggestion;
  onChange: (value: Lifetime) => void;
}

export function LifetimeField({ value, suggestion, onChange }: Props) {
  return (
    <fieldset class="field">
      <legend>{t('lifetimeLabel')}</legend>
      <div class="segmented">
        {lifetimeChoices.map((seconds) => (
          <label key={seconds}>
            <input
              type="radio"
              name="lifetime"
              value={seconds}
              checked={value === seconds}
              onChange={() => onChange(seconds)}
            />
            <span>{t(labels[seconds])}</span>
          </label>
        ))}
      </div>
      <p class="hint">{t(reasons[suggestion.reason])}</p>
    </fieldset>
  );
}
