import { useEffect, useState } from 'preact/hooks';
import {
  defaultPasswordShape,
  generatePassword,
  passwordBits,
  passwordLengths,
  type CharacterSet,
  type PasswordShape,
} from '../../shared/account-password.ts';
import { reminderDelays, type ReminderDelay } from '../../shared/history/reminders.ts';
import { t } from '../../shared/i18n.ts';
import { MaskedValue } from './masked-value.tsx';

const sets: { set: CharacterSet; label: string }[] = [
  { set: 'lower', label: 'setLower' },
  { set: 'upper', label: 'setUpper' },
  { set: 'digits', label: 'setDigits' },
  { set: 'symbols', label: 'setSymbols' },
];

const delayText: Record<ReminderDelay, string> = {
  1440: 'remindAfterDay',
  4320: 'remindAfter3Days',
  10080: 'remindAfterWeek',
  20160: 'remindAfter2Weeks',
};

interface Props {
  /** Share the password in the usual form, with the reminder asked for. */
  onShare: (password: string, remindAfter: ReminderDelay | undefined) => void;
  onBack: () => void;
}

/**
 * "Temporary account": a strong password for the account the user is about to create for
 * support, to copy into the site's form and then share as the secret, with a reminder to
 * remove the account afterwards.
 */
export function TemporaryAccount({ onShare, onBack }: Props) {
  const [shape, setShape] = useState<PasswordShape>(defaultPasswordShape);
  const [password, setPassword] = useState('');
  const [remindAfter, setRemindAfter] = useState<ReminderDelay | undefined>(4320);
  // The shapes offered here are valid; a failure leaves the last password in place.
  const regenerate = () => void generatePassword(shape).then(setPassword, () => undefined);
  useEffect(regenerate, [shape]);

  const toggle = (set: CharacterSet, on: boolean) => {
    const next = on ? [...shape.sets, set] : shape.sets.filter((chosen) => chosen !== set);
    if (next.length > 0) setShape({ ...shape, sets: next });
  };

  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">{t('accountTitle')}</h2>
      <p class="hint">{t('accountHint')}</p>
      {password && (
        <MaskedValue
          key={password}
          id="account-password"
          label={t('accountPassword')}
          value={password}
          showLabel={t('showPassword')}
          hideLabel={t('hidePassword')}
          copyLabel={t('copyPassword')}
        />
      )}
      <div class="field">
        <label for="account-length">{t('accountLength')}</label>
        <div class="input-row">
          <input
            id="account-length"
            type="number"
            min={passwordLengths.min}
            max={passwordLengths.max}
            value={shape.length}
            onChange={(event) => {
              const length = Number(event.currentTarget.value);
              if (length >= passwordLengths.min && length <= passwordLengths.max)
                setShape({ ...shape, length });
            }}
          />
          <button type="button" class="secondary" onClick={regenerate}>
            {t('accountNewPassword')}
          </button>
        </div>
        <p class="hint">{t('accountStrength', String(Math.floor(passwordBits(shape))))}</p>
      </div>
      <fieldset class="password-options">
        <legend>{t('accountCharacters')}</legend>
        {sets.map(({ set, label }) => (
          <label key={set}>
            <input
              type="checkbox"
              checked={shape.sets.includes(set)}
              disabled={shape.sets.length === 1 && shape.sets.includes(set)}
              onChange={(event) => toggle(set, event.currentTarget.checked)}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="account-reminder">{t('accountReminder')}</label>
        <select
          id="account-reminder"
          value={String(remindAfter ?? 0)}
          onChange={(event) => {
            const chosen = Number(event.currentTarget.value);
            setRemindAfter(reminderDelays.find((delay) => delay === chosen));
          }}
        >
          <option value="0">{t('remindNever')}</option>
          {reminderDelays.map((delay) => (
            <option key={delay} value={String(delay)}>
              {t(delayText[delay])}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        class="primary"
        disabled={!password}
        onClick={() => onShare(password, remindAfter)}
      >
        {t('accountShare')}
      </button>
      <div class="input-row">
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}
