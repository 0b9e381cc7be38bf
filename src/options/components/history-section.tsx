import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { send } from '../../shared/messages.ts';
import type { HistorySettings } from '../../shared/settings.ts';

interface Props {
  history: HistorySettings;
  onChange: (history: HistorySettings) => void;
}

/** What OnceLink keeps of the secrets it created, and "Clear all". */
export function HistorySection({ history, onChange }: Props) {
  const [cleared, setCleared] = useState(false);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('sectionHistory')}</h2>
      <p class="hint">{t('historyHint')}</p>
      <label class="choice">
        <input
          type="checkbox"
          checked={history.keep}
          onChange={(event) => onChange({ ...history, keep: event.currentTarget.checked })}
        />
        {t('historyKeep')}
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={history.notifyWhenOpened}
          onChange={(event) =>
            onChange({ ...history, notifyWhenOpened: event.currentTarget.checked })
          }
        />
        {t('historyNotify')}
      </label>
      <div class="input-row">
        <button
          type="button"
          class="secondary"
          onClick={() => void send('clearHistory', {}).then(() => setCleared(true))}
        >
          {t('sharedClearAll')}
        </button>
        <span role="status" class="hint">
          {cleared ? t('historyCleared') : ''}
        </span>
      </div>
    </section>
  );
}
