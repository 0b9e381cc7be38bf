import { useState } from 'preact/hooks';
import browser from '../../shared/browser.ts';
import type { ReminderDelay } from '../../shared/history/reminders.ts';
import { t } from '../../shared/i18n.ts';
import type { Lifetime } from '../../shared/lifetime/choices.ts';
import type { ManagedPolicy } from '../../shared/managed-policy.ts';
import type { Settings } from '../../shared/settings.ts';
import { fillsAnything, labelsByToken, planFill } from '../../shared/fill-plan.ts';
import { send, toUserError, type FillTarget, type ShareResult } from '../../shared/messages.ts';
import { checkSecret } from '../../shared/secret-size.ts';
import type { FillPlan } from '../../shared/ticket-form.ts';
import type { UserError } from '../../shared/user-error.ts';
import { lifetimeReason } from '../../shared/lifetime/reason.ts';
import { useHostPermission } from '../../shared/ui/use-host-permission.ts';
import { useTabInspection, type InspectionState } from '../use-tab-inspection.ts';
import { useGeneratedPassphrase } from '../use-generated-passphrase.ts';
import { useSuggestedLifetime } from '../use-suggested-lifetime.ts';
import { ErrorNotice } from './error-notice.tsx';
import { LifetimeField } from './lifetime-field.tsx';
import { PageTarget } from './page-target.tsx';
import { PassphraseField } from './passphrase-field.tsx';
import { SecretField } from './secret-field.tsx';

interface Props {
  settings: Settings;
  policy: ManagedPolicy;
  backendHost: string;
  maxSecretBytes: number;
  /** A failure that happened while the popup was closed. */
  earlierError: UserError | undefined;
  /** A temporary account's password to share, and when to remind the user of the account. */
  account?: { password: string; remindAfter: ReminderDelay | undefined } | undefined;
  onCreated: (result: ShareResult) => void;
}

export function ShareForm({
  settings,
  policy,
  backendHost,
  maxSecretBytes,
  earlierError,
  account,
  onCreated,
}: Props) {
  const [secret, setSecret] = useState(account?.password ?? '');
  const { passphrase, setPassphrase, regenerate, generating } = useGeneratedPassphrase(
    settings.passphrase,
  );
  const { choices, suggestion } = useSuggestedLifetime(settings, policy);
  const [lifetime, setLifetime] = useState<Lifetime>(suggestion.ttlSeconds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: UserError; lost: boolean } | undefined>(
    earlierError && { error: earlierError, lost: true },
  );
  const inspection = useTabInspection();
  const access = useHostPermission(settings.backendOrigin);
  // The suggested plan follows each inspection; the user's own choice holds for the
  // inspection it was made on (a page read again starts from a new suggestion).
  const [chosen, setChosen] = useState<FillPlan | undefined>();
  const plan =
    chosen && chosen.inspectionId === inspectionIdOf(inspection)
      ? chosen
      : defaultPlan(inspection, settings.passphraseTo);
  const fill = fillTarget(inspection, plan);

  const submit = async () => {
    if (busy) return;
    const problem = checkSecret(secret, maxSecretBytes);
    if (problem) {
      const { code, ...params } = problem;
      setError({ error: { code, params }, lost: false });
      return;
    }
    if (policy.passphraseRequired && passphrase === '') {
      setError({ error: { code: 'passphrase-required', params: {} }, lost: false });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { incognito } = await browser.windows.getCurrent();
      onCreated(
        await send('createShare', {
          secret,
          passphrase,
          ttlSeconds: lifetime,
          fill,
          fromTab: inspection.status === 'read' ? inspection.tabId : undefined,
          privateWindow: incognito,
          remindAfter: account?.remindAfter,
        }),
      );
    } catch (failure) {
      // The typed secret stays in the field: nothing is lost on a failure (rule 7).
      setError({ error: toUserError(failure), lost: false });
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset class="plain" disabled={busy}>
        <SecretField
          value={secret}
          onInput={setSecret}
          limit={maxSecretBytes}
          onSubmit={() => void submit()}
        />
        <PassphraseField
          value={passphrase}
          generating={generating}
          onInput={setPassphrase}
          onRegenerate={regenerate}
        />
        <LifetimeField
          value={lifetime}
          choices={choices}
          reason={lifetimeReason(suggestion, settings.workWeek.timeZone)}
          onChange={setLifetime}
        />
      </fieldset>
      <PageTarget inspection={inspection} plan={plan} onPlanChange={setChosen} />
      {access === false && !error && (
        // Before anything is typed: the backend in use cannot be reached until access is granted.
        <ErrorNotice
          error={{ code: 'permission-missing', params: { origin: settings.backendOrigin } }}
          backendHost={backendHost}
          onResolved={() => undefined}
        />
      )}
      {error && (
        <ErrorNotice
          error={error.error}
          backendHost={backendHost}
          lost={error.lost}
          onResolved={() => setError(undefined)}
        />
      )}
      <button type="submit" class="primary" disabled={busy || generating}>
        {t(busy ? 'creating' : fill ? 'createAndFill' : 'createLink')}
      </button>
      {account?.remindAfter !== undefined && <p class="hint center">{t('accountReminderNote')}</p>}
      <p class="hint center" aria-live="polite">
        {busy ? t('creatingHint') : t('backendNote', backendHost)}
      </p>
    </form>
  );
}

/** Where OnceLink suggests filling in: nothing on public, unreadable or unencrypted pages. */
function defaultPlan(
  inspection: InspectionState,
  passphraseTo: Settings['passphraseTo'],
): FillPlan | undefined {
  if (inspection.status !== 'read' || inspection.report.insecure) return undefined;
  const plan = planFill(inspection.report);
  // The user keeps the passphrase for another channel: the page gets the link only.
  return plan && passphraseTo === 'separately' ? { ...plan, passphrase: { to: 'nowhere' } } : plan;
}

function fillTarget(
  inspection: InspectionState,
  plan: FillPlan | undefined,
): FillTarget | undefined {
  if (
    inspection.status !== 'read' ||
    inspection.report.kind !== 'support' ||
    !fillsAnything(plan) ||
    !plan
  )
    return undefined;
  return {
    tabId: inspection.tabId,
    documentId: inspection.documentId,
    plan,
    labels: labelsByToken(inspection.report),
    language: inspection.report.language,
  };
}

function inspectionIdOf(inspection: InspectionState): string | undefined {
  return inspection.status === 'read' ? inspection.report.inspectionId : undefined;
}
