import { t } from '../../shared/i18n.ts';
import { GrantAccessButton } from '../../shared/ui/grant-access-button.tsx';
import { useHostPermission } from '../../shared/ui/use-host-permission.ts';

/** The backend in use, and whether the browser lets OnceLink reach it. */
export function BackendStatus({ origin }: { origin: string }) {
  const access = useHostPermission(origin);
  return (
    <div class="backend-status" aria-live="polite">
      <p>
        {t('backendInUse')}{' '}
        <bdi dir="ltr" class="value inline" id="backend-in-use">
          {origin}
        </bdi>
      </p>
      {access === undefined && <p class="hint">{t('backendAccessChecking')}</p>}
      {access === true && <p class="hint success">{t('backendAccessOk')}</p>}
      {access === false && (
        // Never a silent fallback to another server: the user grants access or picks another.
        <div class="notice error">
          <p>{t('errorPermissionMissing', origin)}</p>
          <GrantAccessButton origin={origin} />
        </div>
      )}
    </div>
  );
}
