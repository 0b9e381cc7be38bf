import { useEffect, useState } from 'preact/hooks';
import type { ReceiptState } from '../../shared/backends/secret-backend.ts';
import { formatExpiry } from '../../shared/format-expiry.ts';
import { isSettled, type ReceiptView } from '../../shared/history/receipts.ts';
import { t } from '../../shared/i18n.ts';
import { send, toUserError, type ShareResult } from '../../shared/messages.ts';
import type { UserError } from '../../shared/user-error.ts';
import { ErrorNotice } from './error-notice.tsx';

const stateText: Record<ReceiptState, string> = {
  new: 'stateNew',
  viewed: 'stateViewed',
  received: 'stateReceived',
  burned: 'stateBurned',
  expired: 'stateExpired',
};

interface Props {
  /** The last result: its passphrase burns its secret without asking. */
  lastResult: ShareResult | undefined;
  backendHost: string;
  onBack: () => void;
}

/**
 * "Shared": the secrets created in this session (or kept, if the user chose so) with their
 * state from the backend's receipt, "Burn now" for unread ones, and "Clear all".
 */
export function SharedList({ lastResult, backendHost, onBack }: Props) {
  const [receipts, setReceipts] = useState<ReceiptView[] | undefined>();
  const [error, setError] = useState<UserError | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<ReceiptView[]>) => {
    setBusy(true);
    setError(undefined);
    try {
      setReceipts(await work());
    } catch (failure) {
      setError(toUserError(failure));
    } finally {
      setBusy(false);
    }
  };
  const refresh = () => run(() => send('listReceipts', {}));
  useEffect(() => void refresh(), []);

  return (
    <section aria-labelledby="shared-title" aria-busy={busy}>
      <h2 id="shared-title">{t('sharedTitle')}</h2>
      {receipts === undefined ? (
        <p class="hint">{t('sharedLoading')}</p>
      ) : receipts.length === 0 ? (
        <p class="hint">{t('sharedEmpty')}</p>
      ) : (
        <ul class="receipts">
          {receipts.map((receipt) => (
            <ReceiptItem
              key={receipt.id}
              receipt={receipt}
              knownPassphrase={
                lastResult?.receiptId === receipt.id ? lastResult.passphrase : undefined
              }
              busy={busy}
              onBurn={(passphrase) =>
                void run(() => send('burnReceipt', { id: receipt.id, passphrase }))
              }
            />
          ))}
        </ul>
      )}
      {error && (
        <ErrorNotice error={error} backendHost={backendHost} onResolved={() => void refresh()} />
      )}
      <div class="input-row">
        <button type="button" class="secondary" disabled={busy} onClick={() => void refresh()}>
          {t('sharedRefresh')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={busy || !receipts?.length}
          onClick={() => void run(() => send('clearHistory', {}).then(() => []))}
        >
          {t('sharedClearAll')}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {t('back')}
        </button>
      </div>
      <p class="hint">{t('sharedHint')}</p>
    </section>
  );
}

function ReceiptItem({
  receipt,
  knownPassphrase,
  busy,
  onBurn,
}: {
  receipt: ReceiptView;
  knownPassphrase: string | undefined;
  busy: boolean;
  onBurn: (passphrase: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const where = receipt.site ? new URL(receipt.site.origin).host : receipt.backendHost;
  const burn = () => {
    if (!receipt.hasPassphrase || knownPassphrase !== undefined) onBurn(knownPassphrase ?? '');
    else setAsking(true);
  };
  return (
    <li class="receipt">
      <div class="receipt-head">
        <strong>{receipt.site?.title ?? where}</strong>
        <span class={`state state-${receipt.state}`}>{t(stateText[receipt.state])}</span>
      </div>
      <p class="hint">
        {t('sharedWhere', [
          where,
          formatExpiry(receipt.createdAt),
          formatExpiry(receipt.expiresAt),
        ])}
      </p>
      {!isSettled(receipt.state) &&
        (asking ? (
          <form
            class="input-row"
            onSubmit={(event) => {
              event.preventDefault();
              onBurn(typed);
            }}
          >
            <input
              type="password"
              aria-label={t('burnPassphraseLabel')}
              placeholder={t('burnPassphraseLabel')}
              value={typed}
              onInput={(event) => setTyped(event.currentTarget.value)}
              autofocus
            />
            <button type="submit" class="danger" disabled={busy || typed === ''}>
              {t('burnNow')}
            </button>
          </form>
        ) : (
          <button type="button" class="danger" disabled={busy} onClick={burn}>
            {t('burnNow')}
          </button>
        ))}
    </li>
  );
}
