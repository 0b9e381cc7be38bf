import browser from '../browser.ts';
import { originPattern } from '../host-permission.ts';
import { t } from '../i18n.ts';

/**
 * Asks the browser for access to a backend. The request is the first thing the click does:
 * Firefox honours permissions.request only synchronously inside a user's input handler.
 */
export function GrantAccessButton({
  origin,
  onGranted,
}: {
  origin: string;
  onGranted?: () => void;
}) {
  const grant = () => {
    void browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then((granted) => granted && onGranted?.());
  };
  return (
    <button type="button" onClick={grant}>
      {t('grantAccess', origin)}
    </button>
  );
}
