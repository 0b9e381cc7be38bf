import { t } from '../shared/i18n.ts';
import { lifetimesAllowedBy, type ManagedPolicy } from '../shared/managed-policy.ts';
import type { Settings } from '../shared/settings.ts';
import { BackendSection } from './components/backend-section.tsx';
import { ConnectionTest } from './components/connection-test.tsx';
import { CredentialsSection } from './components/credentials-section.tsx';
import { HistorySection } from './components/history-section.tsx';
import { LifetimeSection } from './components/lifetime-section.tsx';
import { PassphraseSection } from './components/passphrase-section.tsx';
import { useSettingsEditor, type SaveStatus } from './use-settings-editor.ts';

const statusText: Record<SaveStatus, string> = {
  unchanged: 'optionsAutosave',
  saving: 'optionsAutosave',
  saved: 'optionsSaved',
  failed: 'optionsSaveFailed',
};

export function App({ initial, policy }: { initial: Settings; policy: ManagedPolicy }) {
  const { settings, status, update } = useSettingsEditor(initial);
  const backendOrigin = policy.backendOrigin ?? settings.backendOrigin;
  return (
    <main>
      <header>
        <img src="/icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
        <p
          class={status === 'failed' ? 'save-status problem' : 'save-status hint'}
          role="status"
          id="save-status"
        >
          {t(statusText[status])}
        </p>
      </header>
      <BackendSection
        saved={settings.backendOrigin}
        lockedTo={policy.backendOrigin}
        onUse={(origin) => update((current) => ({ ...current, backendOrigin: origin }))}
      />
      {/* Credentials and the test belong to one origin: a new backend starts them afresh. */}
      <CredentialsSection key={`credentials-${backendOrigin}`} origin={backendOrigin} />
      <ConnectionTest key={`test-${backendOrigin}`} origin={backendOrigin} />
      <PassphraseSection
        passphrase={settings.passphrase}
        passphraseTo={settings.passphraseTo}
        required={policy.passphraseRequired === true}
        onChange={(passphrase, passphraseTo) =>
          void update((current) => ({ ...current, passphrase, passphraseTo }))
        }
      />
      <LifetimeSection
        week={settings.workWeek}
        restrictedTo={policy.allowedLifetimes}
        allowed={lifetimesAllowedBy(policy)}
        onChange={(workWeek) => void update((current) => ({ ...current, workWeek }))}
      />
      <HistorySection
        history={settings.history}
        onChange={(history) => void update((current) => ({ ...current, history }))}
      />
    </main>
  );
}
