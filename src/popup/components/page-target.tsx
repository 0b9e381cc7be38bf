import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { FillPlan, FormReport } from '../../shared/ticket-form.ts';
import { labelsByToken } from '../../shared/fill-plan.ts';
import { describeDestination } from '../fill-labels.ts';
import type { InspectionState } from '../use-tab-inspection.ts';
import { FillChoice } from './fill-choice.tsx';

interface Props {
  inspection: InspectionState;
  plan: FillPlan | undefined;
  onPlanChange: (plan: FillPlan) => void;
}

function PlanSummary({ report, plan }: { report: FormReport; plan: FillPlan }) {
  const labels = labelsByToken(report);
  const link = describeDestination(plan.link, plan, labels);
  const passphrase = describeDestination(plan.passphrase, plan, labels);
  const linkText = {
    field: 'fillLinkTo',
    message: 'fillLinkToMessage',
    nowhere: 'fillLinkNowhere',
  }[link.where];
  const passphraseText = {
    field: 'fillPassphraseTo',
    message: 'fillPassphraseToMessage',
    nowhere: 'fillPassphraseNowhere',
  }[passphrase.where];
  return (
    <ul class="plan">
      <li>{t(linkText, link.label)}</li>
      <li>{t(passphraseText, passphrase.label)}</li>
    </ul>
  );
}

/** What OnceLink found on the page and where it will put the link and passphrase. */
export function PageTarget({ inspection, plan, onPlanChange }: Props) {
  const [changing, setChanging] = useState(false);
  if (inspection.status === 'looking') return <p class="hint page-status">{t('pageLooking')}</p>;
  if (inspection.status === 'unavailable' || inspection.report.kind === 'none') {
    return <p class="hint page-status">{t('pageNoForm')}</p>;
  }
  const { report } = inspection;
  if (report.kind === 'public') {
    return (
      <p class="notice warning-notice" role="status">
        {t('pagePublic')}
      </p>
    );
  }
  const editable = plan ?? {
    inspectionId: report.inspectionId,
    link: { to: 'nowhere' },
    passphrase: { to: 'nowhere' },
  };
  return (
    <section class="page-target" aria-labelledby="page-target-title">
      <div class="label-row">
        <h2 id="page-target-title">
          {report.title ? t('pageSupportForm', report.title) : t('pageSupportFormUntitled')}
        </h2>
        <button
          type="button"
          class="secondary"
          aria-expanded={changing}
          onClick={() => setChanging(!changing)}
        >
          {t(changing ? 'doneChanging' : 'changeTargets')}
        </button>
      </div>
      {report.insecure && <p class="hint warning">{t('pageInsecure')}</p>}
      {changing ? (
        <FillChoice report={report} plan={editable} onChange={onPlanChange} />
      ) : (
        <PlanSummary report={report} plan={editable} />
      )}
    </section>
  );
}
