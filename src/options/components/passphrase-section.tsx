import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { generatePassphrase } from '../../shared/passphrase.ts';
import {
  passphraseLengths,
  type PassphraseDestination,
  type PassphraseStyle,
  type Settings,
} from '../../shared/settings.ts';
import { LockedBadge } from './locked-badge.tsx';

/** Bits of randomness per symbol: 56 look-alike-free characters, or 7,776 EFF words. */
const bitsPer: Record<PassphraseStyle, number> = {
  characters: Math.log2(56),
  words: Math.log2(7776),
};

interface Props {
  passphrase: Settings['passphrase'];
  passphraseTo: PassphraseDestination;
  /** An administrator requires a passphrase on every secret. */
  required: boolean;
  onChange: (passphrase: Settings['passphrase'], passphraseTo: PassphraseDestination) => void;
}

export function PassphraseSection({ passphrase, passphraseTo, required, onChange }: Props) {
  const { style, length } = passphrase;
  const enabled = required || passphrase.enabled;
  const range = passphraseLengths[style];
  const [example, setExample] = useState('');

  useEffect(() => {
    let current = true;
    void generatePassphrase({ style, length }).then((generated) => {
      if (current) setExample(generated);
    });
    return () => {
      current = false;
    };
  }, [style, length]);

  const change = (next: Partial<Settings['passphrase']>) =>
    onChange({ ...passphrase, ...next }, passphraseTo);

  return (
    <section aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">{t('sectionPassphrase')}</h2>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={enabled}
            disabled={required}
            aria-describedby="passphrase-enabled-hint"
            onChange={(event) => change({ enabled: event.currentTarget.checked })}
          />
          <span>
            {t('passphraseEnabled')} {required && <LockedBadge />}
          </span>
        </label>
        <p class="hint nested" id="passphrase-enabled-hint">
          {t('passphraseEnabledHint')}
        </p>
      </div>
      <fieldset class="nested" disabled={!enabled}>
        <legend>{t('passphraseStyle')}</legend>
        <div class="segmented narrow">
          {(['characters', 'words'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="passphrase-style"
                checked={style === choice}
                onChange={() =>
                  change({ style: choice, length: passphraseLengths[choice].default })
                }
              />
              <span>{t(choice === 'words' ? 'styleWords' : 'styleCharacters')}</span>
            </label>
          ))}
        </div>
        <div class="field">
          <label for="passphrase-length">
            {t(style === 'words' ? 'passphraseLengthWords' : 'passphraseLengthCharacters')}
          </label>
          <input
            id="passphrase-length"
            class="short"
            type="number"
            min={range.min}
            max={range.max}
            step={1}
            value={length}
            onChange={(event) => {
              const typed = Math.round(Number(event.currentTarget.value));
              const clamped = Number.isFinite(typed)
                ? Math.min(range.max, Math.max(range.min, typed))
                : range.default;
              event.currentTarget.value = String(clamped);
              change({ length: clamped });
            }}
          />
          <p class="hint">
            {t('passphraseStrength', String(Math.floor(bitsPer[style] * length)))}{' '}
            <bdi dir="ltr" class="mono" id="passphrase-example">
              {example}
            </bdi>
          </p>
          {style === 'words' && <p class="hint">{t('wordsAttribution')}</p>}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>{t('passphraseTo')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="passphrase-to"
            checked={passphraseTo === 'form'}
            onChange={() => onChange(passphrase, 'form')}
          />
          <span>{t('passphraseToForm')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="passphrase-to"
            checked={passphraseTo === 'separately'}
            aria-describedby="passphrase-to-hint"
            onChange={() => onChange(passphrase, 'separately')}
          />
          <span>{t('passphraseToSeparately')}</span>
        </label>
        <p class="hint nested" id="passphrase-to-hint">
          {t('passphraseToSeparatelyHint')}
        </p>
      </fieldset>
    </section>
  );
}
