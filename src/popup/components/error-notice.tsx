import browser from '../../shared/browser.ts';
import { originPattern } from '../../shared/host-permission.ts';
import { t } from '../../shared/i18n.ts';
import type { UserError } from '../../shared/user-error.ts';
import { errorText } from '../error-text.ts';

interface Props {
  error: UserError;
  backendHost: string;
  /** The failure happened while the popup was closed, so the secret is gone. */
  lost?: boolean;
  onResolved: () => void;
}

export function ErrorNotice({ error, backendHost, lost = false, onResolved }: Props) {
  const origin = error.code === 'permission-missing' ? error.params.origin : undefined;
  const grant = async () => {
    if (origin === undefined) return;
    if (await browser.permissions.request({ origins: [originPattern(origin)] })) onResolved();
  };
  return (
    <div class="notice error" role="alert">
      {lost && <p>{t('errorLastFailed')}</p>}
      <p>{errorText(error, backendHost)}</p>
      {origin !== undefined && (
        <button type="button" onClick={() => void grant()}>
          {t('grantAccess', origin)}
        </button>
      )}
    </div>
  );
}
