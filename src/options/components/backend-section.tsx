import { useState } from 'preact/hooks';
import { checkBackendUrl, type BackendUrlProblem } from '../../shared/backend-url.ts';
import {
  hostedRegions,
  isHostedOrigin,
} from '../../shared/backends/onetimesecret/hosted-regions.ts';
import browser from '../../shared/browser.ts';
import { originPattern } from '../../shared/host-permission.ts';
import { t } from '../../shared/i18n.ts';
import { BackendConfirmation } from './backend-confirmation.tsx';
import { BackendStatus } from './backend-status.tsx';
import { LockedBadge } from './locked-badge.tsx';

const problemText: Record<BackendUrlProblem, string> = {
  empty: 'backendProblemEmpty',
  whitespace: 'backendProblemWhitespace',
  'hidden-characters': 'backendProblemHiddenCharacters',
  'not-a-url': 'backendProblemNotAUrl',
  scheme: 'backendProblemScheme',
  'insecure-http': 'backendProblemInsecureHttp',
  credentials: 'backendProblemCredentials',
  'query-or-fragment': 'backendProblemQueryOrFragment',
};

const custom = 'custom';

interface Props {
  /** The user's saved backend. */
  saved: string;
  /** The backend an administrator fixed, if any. */
  lockedTo: string | undefined;
  onUse: (origin: string) => Promise<void>;
}

export function BackendSection({ saved, lockedTo, onUse }: Props) {
  const inUse = lockedTo ?? saved;
  const [choice, setChoice] = useState(isHostedOrigin(inUse) ? inUse : custom);
  const [address, setAddress] = useState(isHostedOrigin(inUse) ? '' : inUse);
  const [problem, setProblem] = useState<BackendUrlProblem | undefined>();
  const [confirming, setConfirming] = useState<{ origin: string; droppedPath?: string }>();
  const locked = lockedTo !== undefined;
  const unchanged = choice === custom ? address === inUse : choice === inUse;

  /**
   * Saves the backend after asking for access to it. The request comes first, in the click
   * itself (Firefox requires that); a refusal still saves the choice, which then shows a
   * "Grant access" action rather than quietly using another server.
   */
  const use = (origin: string) => {
    const asking = browser.permissions.request({ origins: [originPattern(origin)] });
    void asking
      .catch(() => false)
      .then(() => onUse(origin))
      .then(() => {
        setConfirming(undefined);
        if (!isHostedOrigin(origin)) setAddress(origin);
      });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (choice !== custom) {
      use(choice);
      return;
    }
    const check = checkBackendUrl(address);
    if (!check.ok) {
      // Nothing is stored and no permission is asked for an address that is refused.
      setProblem(check.problem);
      return;
    }
    setProblem(undefined);
    setConfirming(check);
  };

  return (
    <section aria-labelledby="backend-title">
      <h2 id="backend-title">
        {t('sectionBackend')} {locked && <LockedBadge />}
      </h2>
      <p class="hint">{t('backendIntro')}</p>
      <form noValidate onSubmit={submit}>
        <fieldset disabled={locked || confirming !== undefined}>
          <legend class="visually-hidden">{t('sectionBackend')}</legend>
          {hostedRegions.map((region) => (
            <label class="choice" key={region.origin}>
              <input
                type="radio"
                name="backend"
                value={region.origin}
                checked={choice === region.origin}
                onChange={() => setChoice(region.origin)}
              />
              <span>
                {t(region.label)} <span class="muted mono">{new URL(region.origin).host}</span>
              </span>
            </label>
          ))}
          <label class="choice">
            <input
              type="radio"
              name="backend"
              value={custom}
              checked={choice === custom}
              onChange={() => setChoice(custom)}
            />
            <span>{t('backendCustom')}</span>
          </label>
          {choice === custom && (
            <div class="field nested">
              <label for="backend-address">{t('backendCustomLabel')}</label>
              <input
                id="backend-address"
                // Not type=url: browsers trim and validate it their own way, hiding the reasons below.
                type="text"
                inputMode="url"
                spellcheck={false}
                autocomplete="off"
                placeholder="https://secrets.example.com"
                value={address}
                aria-invalid={problem !== undefined}
                aria-describedby="backend-address-hint"
                onInput={(event) => {
                  setAddress(event.currentTarget.value);
                  setProblem(undefined);
                }}
              />
              <p
                id="backend-address-hint"
                class={problem ? 'hint problem' : 'hint'}
                role={problem ? 'alert' : undefined}
              >
                {t(problem ? problemText[problem] : 'backendCustomHint')}
              </p>
            </div>
          )}
          {!locked && (
            <button type="submit" disabled={unchanged}>
              {t('useServer')}
            </button>
          )}
        </fieldset>
      </form>
      {confirming && (
        <BackendConfirmation
          origin={confirming.origin}
          droppedPath={confirming.droppedPath}
          onConfirm={() => use(confirming.origin)}
          onCancel={() => setConfirming(undefined)}
        />
      )}
      <BackendStatus origin={inUse} />
    </section>
  );
}
