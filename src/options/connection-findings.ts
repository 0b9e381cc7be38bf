import type { ConnectionReport, ReportedError } from '../shared/backends/secret-backend.ts';
import { t } from '../shared/i18n.ts';
import { errorText } from '../shared/ui/error-text.ts';

export type Tone = 'ok' | 'problem' | 'note';

export interface Finding {
  tone: Tone;
  text: string;
}

const credentialFindings: Record<ConnectionReport['credentials'], Finding> = {
  accepted: { tone: 'ok', text: 'reportCredentialsAccepted' },
  rejected: { tone: 'problem', text: 'reportCredentialsRejected' },
  none: { tone: 'note', text: 'reportCredentialsNone' },
  unchecked: { tone: 'note', text: 'reportCredentialsUnchecked' },
};

/** Why creating the test secret failed, in the terms of what the user can do about it. */
function creationFailure(
  error: ReportedError,
  credentials: ConnectionReport['credentials'],
  host: string,
): string {
  if (error.code === 'anonymous-disabled') return t('reportAnonymousDisabled');
  // v1 answers an anonymous request on a members-only server with a plain 401.
  if (error.code === 'unauthorized' && credentials === 'none') return t('reportAnonymousDisabled');
  // Rack::Protection's origin check answers a bare 403 with no explanation of its own.
  if (error.code === 'forbidden' && error.params.detail === undefined)
    return t('reportOriginCheck');
  return t('reportCreationFailed', errorText(error, host));
}

/** What "Test connection" found, one line per check, in the order they ran. */
export function connectionFindings(report: ConnectionReport, origin: string): Finding[] {
  const host = new URL(origin).host;
  if (!report.reachable.ok)
    return [
      { tone: 'problem', text: t('reportUnreachable', errorText(report.reachable.error, host)) },
    ];
  const findings: Finding[] = [{ tone: 'ok', text: t('reportReachable', host) }];
  const credentials = credentialFindings[report.credentials];
  findings.push({ ...credentials, text: t(credentials.text) });
  const { creation } = report;
  if (creation?.ok) {
    findings.push({ tone: 'ok', text: t('reportCreationOk') });
    if (creation.serverHost !== undefined && creation.serverHost !== host)
      findings.push({ tone: 'note', text: t('reportWrongHost', [creation.serverHost, host]) });
  } else if (creation) {
    findings.push({
      tone: 'problem',
      text: creationFailure(creation.error, report.credentials, host),
    });
  }
  return findings;
}
