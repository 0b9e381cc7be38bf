import { useEffect, useRef } from 'preact/hooks';
import { describeBackendHost } from '../../shared/backend-host.ts';
import { t } from '../../shared/i18n.ts';
import { MarkedHost } from './marked-host.tsx';

interface Props {
  origin: string;
  droppedPath: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The last look before secrets go to a server the user typed: its ASCII origin, as the
 * browser will contact it, and what deserves a second look about it.
 */
export function BackendConfirmation({ origin, droppedPath, onConfirm, onCancel }: Props) {
  const facts = describeBackendHost(origin);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="confirmation" aria-labelledby="confirm-title">
      <h3 id="confirm-title" tabIndex={-1} ref={heading}>
        {t('confirmTitle')}
      </h3>
      <p class="label">{t('confirmStoredOn')}</p>
      <p>
        <bdi dir="ltr" class="value" id="confirm-origin">
          {origin}
        </bdi>
      </p>
      {facts.lookalike && (
        <div class="notice warning-notice" role="alert">
          <p>{t('confirmLookalike', [facts.lookalike.unicode, facts.host])}</p>
          <MarkedHost text={facts.lookalike.unicode} />
        </div>
      )}
      {facts.localHttp && <p class="notice warning-notice">{t('confirmLocalHttp')}</p>}
      {facts.privateNetwork && !facts.localHttp && (
        <p class="notice warning-notice">{t('confirmPrivate')}</p>
      )}
      {droppedPath !== undefined && <p class="hint">{t('confirmDroppedPath', droppedPath)}</p>}
      {/* A look-alike makes going back the obvious choice. */}
      <div class="actions">
        <button type="button" class={facts.lookalike ? 'secondary' : undefined} onClick={onConfirm}>
          {t('confirmUse', facts.host)}
        </button>
        <button type="button" class={facts.lookalike ? undefined : 'secondary'} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
