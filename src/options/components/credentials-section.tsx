import { useEffect, useState } from 'preact/hooks';
import {
  maskToken,
  readCredentials,
  saveCredentials,
  type Credentials,
} from '../../shared/credentials.ts';
import { t } from '../../shared/i18n.ts';

/** What may be shown of saved credentials: the account, and a token no one can use. */
interface SavedCredentials {
  username: string;
  maskedToken: string;
}

const shown = (credentials: Credentials | undefined): SavedCredentials | undefined =>
  credentials && { username: credentials.username, maskedToken: maskToken(credentials.token) };

/** API credentials for the backend in use; each origin has its own. */
export function CredentialsSection({ origin }: { origin: string }) {
  const [saved, setSaved] = useState<SavedCredentials | undefined | 'loading'>('loading');
  const [editing, setEditing] = useState(false);
  const [username, setUsername] = useState('');
  const [token, setToken] = useState('');
  const [incomplete, setIncomplete] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    setSaved('loading');
    void readCredentials(origin).then((credentials) => {
      if (current) setSaved(shown(credentials));
    });
    return () => {
      current = false;
    };
  }, [origin]);

  const save = async (event: Event) => {
    event.preventDefault();
    const entered = { username: username.trim(), token: token.trim() };
    if (entered.username === '' || entered.token === '') {
      setIncomplete(true);
      return;
    }
    if (!(await stored(origin, entered))) return;
    // The token leaves the page's state once stored: it is never shown again in full.
    setToken('');
    setUsername('');
    setEditing(false);
    setSaved(shown(entered));
  };

  const remove = async () => {
    if (await stored(origin, undefined)) setSaved(undefined);
  };

  /** Stores or removes; a failure is said, and what was typed stays. */
  const stored = async (at: string, credentials: Credentials | undefined) => {
    try {
      await saveCredentials(at, credentials);
      setFailed(false);
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };

  if (saved === 'loading') return null;
  const showForm = saved === undefined || editing;
  return (
    <section aria-labelledby="credentials-title">
      <h2 id="credentials-title">{t('sectionCredentials')}</h2>
      <p class="hint">{t('credentialsIntro')}</p>
      <p class="hint">{t('credentialsFor', new URL(origin).host)}</p>
      {saved !== undefined && !editing && (
        <div class="saved-credentials">
          <p id="saved-credentials">{t('credentialsSaved', [saved.username, saved.maskedToken])}</p>
          <div class="actions">
            <button type="button" class="secondary" onClick={() => setEditing(true)}>
              {t('credentialsReplace')}
            </button>
            <button type="button" class="secondary" onClick={() => void remove()}>
              {t('credentialsRemove')}
            </button>
          </div>
        </div>
      )}
      {saved === undefined && <p>{t('credentialsNone')}</p>}
      {failed && (
        <p class="hint problem" role="alert">
          {t('optionsSaveFailed')}
        </p>
      )}
      {showForm && (
        <form noValidate onSubmit={(event) => void save(event)}>
          <CredentialInput
            id="credentials-user"
            label={t('credentialsUser')}
            value={username}
            onInput={(value) => {
              setUsername(value);
              setIncomplete(false);
            }}
          />
          <CredentialInput
            id="credentials-token"
            label={t('credentialsToken')}
            secret
            value={token}
            onInput={(value) => {
              setToken(value);
              setIncomplete(false);
            }}
          />
          {incomplete && (
            <p class="hint problem" role="alert">
              {t('credentialsIncomplete')}
            </p>
          )}
          <div class="actions">
            <button type="submit">{t('credentialsSave')}</button>
            {editing && (
              <button type="button" class="secondary" onClick={() => setEditing(false)}>
                {t('cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

interface InputProps {
  id: string;
  label: string;
  secret?: boolean;
  value: string;
  onInput: (value: string) => void;
}

function CredentialInput({ id, label, secret = false, value, onInput }: InputProps) {
  const attributes = {
    id,
    value,
    // Not the user's own login: keep password managers from offering to save it.
    autocomplete: 'off',
    spellcheck: false,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {secret ? <input type="password" {...attributes} /> : <input type="text" {...attributes} />}
    </div>
  );
}
