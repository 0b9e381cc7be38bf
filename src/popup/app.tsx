import { useEffect, useState } from 'preact/hooks';
import { otsMaxSecretBytes } from '../shared/backends/onetimesecret/ots-limits.ts';
import { t } from '../shared/i18n.ts';
import type { ShareResult } from '../shared/messages.ts';
import browser from '../shared/browser.ts';
import type { ManagedPolicy } from '../shared/managed-policy.ts';
import type { MenuRequest } from '../shared/menu-request.ts';
import type { ReminderDelay } from '../shared/history/reminders.ts';
import type { Settings } from '../shared/settings.ts';
import {
  isInterrupted,
  onShareStateChange,
  writeShareState,
  type ShareState,
} from '../shared/share-state.ts';
import type { UserError } from '../shared/user-error.ts';
import { FromPageShare } from './components/from-page-share.tsx';
import { SharedList } from './components/shared-list.tsx';
import { TemporaryAccount } from './components/temporary-account.tsx';
import { ShareForm } from './components/share-form.tsx';
import { ShareResultView } from './components/share-result.tsx';

type View =
  | {
      kind: 'form';
      earlierError?: UserError;
      /** A temporary account's password, to share with a reminder to remove the account. */
      account?: { password: string; remindAfter: ReminderDelay | undefined };
    }
  | { kind: 'shared' } // the secrets shared, with their state
  | { kind: 'account' } // a password for a temporary account
  | { kind: 'from-page'; clicked: MenuRequest } // opened by "Share as one-time secret"
  | { kind: 'waiting' } // a link started in an earlier opening of the popup is still on its way
  | { kind: 'result'; result: ShareResult };

export function initialView(state: ShareState, now: number, clicked?: MenuRequest): View {
  if (clicked) return { kind: 'from-page', clicked };
  if (isInterrupted(state, now))
    return { kind: 'form', earlierError: { code: 'interrupted', params: {} } };
  switch (state.status) {
    case 'done':
      return { kind: 'result', result: state.result };
    case 'pending':
      return { kind: 'waiting' };
    case 'failed':
      return { kind: 'form', earlierError: state.error };
    case 'idle':
      return { kind: 'form' };
  }
}

export function App({
  settings,
  policy,
  share,
  menuRequest,
}: {
  settings: Settings;
  policy: ManagedPolicy;
  share: ShareState;
  /** The right-click on "Share as one-time secret" that opened the popup. */
  menuRequest?: MenuRequest | undefined;
}) {
  const [view, setView] = useState<View>(() => initialView(share, Date.now(), menuRequest));
  const backendHost = new URL(settings.backendOrigin).host;

  useEffect(() => {
    // A failure is reported once; the next opening starts clean.
    if (share.status === 'failed' || isInterrupted(share, Date.now()))
      void writeShareState({ status: 'idle' });
  }, [share]);

  useEffect(() => {
    if (view.kind !== 'waiting') return undefined;
    return onShareStateChange((state) => {
      if (state.status !== 'pending') setView(initialView(state, Date.now()));
    });
  }, [view.kind]);

  // The result of this opening, whose passphrase "Burn now" may use.
  const [lastResult, setLastResult] = useState<ShareResult | undefined>();

  const startOver = () => {
    void writeShareState({ status: 'idle' });
    setView({ kind: 'form' });
  };

  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" alt="" width={20} height={20} />
        <h1>{t('popupTitle')}</h1>
        <button
          type="button"
          class="secondary settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </header>
      {(view.kind === 'form' || view.kind === 'result') && (
        <nav class="view-links" aria-label={t('moreActions')}>
          <button type="button" class="secondary" onClick={() => setView({ kind: 'shared' })}>
            {t('sharedTitle')}
          </button>
          <button type="button" class="secondary" onClick={() => setView({ kind: 'account' })}>
            {t('accountTitle')}
          </button>
        </nav>
      )}
      {view.kind === 'result' && <ShareResultView result={view.result} onDone={startOver} />}
      {view.kind === 'waiting' && (
        <section class="waiting" aria-busy="true">
          <p>{t('creating')}</p>
          <p class="hint">{t('creatingHint')}</p>
        </section>
      )}
      {view.kind === 'from-page' && (
        <FromPageShare
          clicked={view.clicked}
          settings={settings}
          policy={policy}
          backendHost={backendHost}
          onCreated={(result) => setView({ kind: 'result', result })}
        />
      )}
      {view.kind === 'shared' && (
        <SharedList
          lastResult={share.status === 'done' ? share.result : lastResult}
          backendHost={backendHost}
          onBack={() => setView({ kind: 'form' })}
        />
      )}
      {view.kind === 'account' && (
        <TemporaryAccount
          onShare={(password, remindAfter) =>
            setView({ kind: 'form', account: { password, remindAfter } })
          }
          onBack={() => setView({ kind: 'form' })}
        />
      )}
      {view.kind === 'form' && (
        <ShareForm
          key={view.account?.password ?? ''}
          account={view.account}
          settings={settings}
          policy={policy}
          backendHost={backendHost}
          maxSecretBytes={otsMaxSecretBytes}
          earlierError={view.earlierError}
          onCreated={(result) => {
            setLastResult(result);
            setView({ kind: 'result', result });
          }}
        />
      )}
    </main>
  );
}
