import { t } from '../../shared/i18n.ts';
import type { FillResult, ShareResult } from '../../shared/messages.ts';
import { formatExpiry, formatRemaining } from '../../shared/format-expiry.ts';
import { CopyButton } from './copy-button.tsx';
import { MaskedValue } from './masked-value.tsx';

export function ShareResultView({ result, onDone }: { result: ShareResult; onDone: () => void }) {
  const expiry = formatExpiry(result.expiresAt);
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title" class="success">
        {t('resultTitle')}
      </h2>
      {result.fill && <FillOutcome fill={result.fill} />}
      <MaskedValue
        id="result-link"
        label={t('resultLink')}
        value={result.link}
        visiblePrefix={`${new URL(result.link).origin}/secret/`}
        showLabel={t('showLink')}
        hideLabel={t('hideLink')}
        copyLabel={t('copyLink')}
      />
      {result.passphrase === '' ? (
        <div class="field">
          <span class="label">{t('resultPassphrase')}</span>
          <p class="value warning">{t('resultNoPassphrase')}</p>
        </div>
      ) : (
        <MaskedValue
          id="result-passphrase"
          label={t('resultPassphrase')}
          value={result.passphrase}
          showLabel={t('showPassphrase')}
          hideLabel={t('hidePassphrase')}
          copyLabel={t('copyPassphrase')}
        />
      )}
      <div class="field">
        <span class="label" id="result-expiry-label">
          {t('resultExpires')}
        </span>
        <div class="input-row">
          <time
            id="result-expiry"
            class="value"
            dateTime={new Date(result.expiresAt).toISOString()}
          >
            {expiry} <span class="muted">({formatRemaining(result.expiresAt, Date.now())})</span>
          </time>
          <CopyButton value={expiry} label={t('copyExpiry')} />
        </div>
      </div>
      <p class="hint">{t('resultHint')}</p>
      <button type="button" class="primary" onClick={onDone}>
        {t('shareAnother')}
      </button>
    </section>
  );
}

const notFilledText = {
  'page-changed': 'resultNotFilledPageChanged',
  'field-gone': 'resultNotFilledFieldGone',
  'not-fillable': 'resultNotFilledNotFillable',
  'write-failed': 'resultNotFilledWriteFailed',
} as const;

function FillOutcome({ fill }: { fill: FillResult }) {
  if (fill.status === 'filled') {
    const { takenFrom } = fill;
    return (
      <div class="notice success-notice" id="fill-outcome">
        {takenFrom && (
          <p>
            {t(
              takenFrom.kind === 'password' ? 'resultTakenPassword' : 'resultTakenSelection',
              takenFrom.label,
            )}
          </p>
        )}
        <p>
          {fill.into.length > 0
            ? t('resultFilled', fill.into.map((label) => t('quotedLabel', label)).join(', '))
            : t('resultNowhereToFill')}
        </p>
      </div>
    );
  }
  return (
    <p class="notice warning-notice" id="fill-outcome" role="alert">
      {t(notFilledText[fill.reason])}
    </p>
  );
}
