import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser.ts';
import { originPattern } from '../../shared/host-permission.ts';
import { t } from '../../shared/i18n.ts';
import { lifetimeReason } from '../../shared/lifetime/reason.ts';
import type { ManagedPolicy } from '../../shared/managed-policy.ts';
import { send, toUserError, type ShareResult } from '../../shared/messages.ts';
import type { MenuRequest } from '../../shared/menu-request.ts';
import type { Settings } from '../../shared/settings.ts';
import type { UserError } from '../../shared/user-error.ts';
import { useGeneratedPassphrase } from '../use-generated-passphrase.ts';
import { useSuggestedLifetime } from '../use-suggested-lifetime.ts';
import { ErrorNotice } from './error-notice.tsx';

interface Props {
  clicked: MenuRequest;
  settings: Settings;
  policy: ManagedPolicy;
  backendHost: string;
  onCreated: (result: ShareResult) => void;
}

/**
 * "Share as one-time secret": the right-click opened the popup, which makes the passphrase and
 * picks the suggested lifetime as for a typed secret, then asks the background to take the
 * field's value, create the link and put it in the page.
 */
export function FromPageShare({ clicked, settings, policy, backendHost, onCreated }: Props) {
  const { passphrase, generating } = useGeneratedPassphrase(settings.passphrase);
  const { suggestion } = useSuggestedLifetime(settings, policy);
  const [error, setError] = useState<UserError | undefined>();
  const started = useRef(false);

  const share = async (frameAccessGranted?: boolean) => {
    setError(undefined);
    try {
      onCreated(
        await send('shareFromPage', {
          clicked,
          passphrase,
          ttlSeconds: suggestion.ttlSeconds,
          frameAccessGranted,
        }),
      );
    } catch (failure) {
      setError(toUserError(failure));
    }
  };

  useEffect(() => {
    if (generating || started.current) return;
    started.current = true;
    void share();
  });

  const frameOrigin = error?.code === 'frame-access-needed' ? error.params.origin : undefined;
  // Asked in the click itself: Firefox grants permissions only inside the user's input handler.
  const allowFrame = (origin: string) => {
    void browser.permissions
      .request({ origins: [originPattern(origin)] })
      .then((granted) => (granted ? share(true) : undefined));
  };

  if (error) {
    return (
      <section>
        <ErrorNotice error={error} backendHost={backendHost} onResolved={() => void share()} />
        <p class="hint">{t('fromPageFailedHint')}</p>
        <div class="input-row">
          {frameOrigin !== undefined ? (
            // The error view replaces the one that had the focus: it goes to what to do next.
            <button type="button" autofocus onClick={() => allowFrame(frameOrigin)}>
              {t('allowFrameOnce')}
            </button>
          ) : (
            <button type="button" autofocus onClick={() => void share()}>
              {t('tryAgain')}
            </button>
          )}
          <button type="button" class="secondary" onClick={() => window.close()}>
            {t('close')}
          </button>
        </div>
      </section>
    );
  }
  return (
    <section class="waiting" aria-busy="true">
      <h2>{t('fromPageTitle')}</h2>
      <p class="hint">{t('fromPageHint')}</p>
      <p class="hint" id="lifetime-reason">
        {lifetimeReason(suggestion, settings.workWeek.timeZone)}
      </p>
    </section>
  );
}
