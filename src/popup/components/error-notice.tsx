import { t } from '../../shared/i18n.ts';
import { errorText } from '../../shared/ui/error-text.ts';
import { GrantAccessButton } from '../../shared/ui/grant-access-button.tsx';
import type { UserError } from '../../shared/user-error.ts';

interface Props {
  error: UserError;
  backendHost: string;
  /** The failure happened while the popup was closed, so the secret is gone. */
  lost?: boolean;
  onResolved: () => void;
}

export function ErrorNotice({ error, backendHost, lost = false, onResolved }: Props) {
  const origin = error.code === 'permission-missing' ? error.params.origin : undefined;
  return (
    <div class="notice error" role="alert">
      {lost && <p>{t('errorLastFailed')}</p>}
      <p>{errorText(error, backendHost)}</p>
      {origin !== undefined && <GrantAccessButton origin={origin} onGranted={onResolved} />}
    </div>
  );
}
