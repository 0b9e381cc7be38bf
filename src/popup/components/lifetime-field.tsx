import { t } from '../../shared/i18n.ts';
import type { Lifetime } from '../../shared/lifetime/choices.ts';
import { lifetimeNames } from '../../shared/lifetime/reason.ts';

interface Props {
  value: Lifetime;
  /** The lifetimes the user may pick (an administrator may allow fewer). */
  choices: readonly Lifetime[];
  /** Why the suggested lifetime is suggested. */
  reason: string;
  onChange: (value: Lifetime) => void;
}

export function LifetimeField({ value, choices, reason, onChange }: Props) {
  return (
    <fieldset class="field">
      <legend>{t('lifetimeLabel')}</legend>
      <div class="segmented" style={{ gridTemplateColumns: `repeat(${choices.length}, 1fr)` }}>
        {choices.map((seconds) => (
          <label key={seconds}>
            <input
              type="radio"
              name="lifetime"
              value={seconds}
              checked={value === seconds}
              onChange={() => onChange(seconds)}
            />
            <span>{t(lifetimeNames[seconds] ?? '')}</span>
          </label>
        ))}
      </div>
      <p class="hint" id="lifetime-reason">
        {reason}
      </p>
    </fieldset>
  );
}
