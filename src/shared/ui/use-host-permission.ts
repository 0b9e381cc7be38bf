import { useEffect, useState } from 'preact/hooks';
import browser from '../browser.ts';
import { hasHostPermission } from '../host-permission.ts';

/**
 * Whether OnceLink may contact `origin`, kept current: the user can grant or revoke site
 * access on the browser's extensions page while an extension page is open. Undefined while
 * the browser is asked.
 */
export function useHostPermission(origin: string): boolean | undefined {
  const [granted, setGranted] = useState<boolean | undefined>();
  useEffect(() => {
    let current = true;
    const check = () => {
      void hasHostPermission(origin).then((has) => {
        if (current) setGranted(has);
      });
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [origin]);
  return granted;
}
