import { t } from '../../shared/i18n.ts';

interface Props {
  value: string;
  generating: boolean;
  onInput: (value: string) => void;
  onRegenerate: () => void;
}

export function PassphraseField({ value, generating, onInput, onRegenerate }: Props) {
  const none = !generating && value === '';
  return (
    <div class="field">
      <label for="passphrase">{t('passphraseLabel')}</label>
      <div class="input-row">
        <input
          id="passphrase"
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder={generating ? t('passphraseGenerating') : ''}
          aria-describedby="passphrase-hint"
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <button
          type="button"
          class="secondary"
          aria-label={t('regeneratePassphrase')}
          onClick={onRegenerate}
        >
          {t('regenerate')}
        </button>
      </div>
      <p id="passphrase-hint" class={none ? 'hint warning' : 'hint'}>
        {t(none ? 'passphraseNone' : 'passphraseHint')}
      </p>
    </div>
  );
}
