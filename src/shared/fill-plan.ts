import type { Destination, FillPlan, FormReport } from './ticket-form.ts';

export type FillMode = 'fields' | 'link-field-passphrase-in-message' | 'message-block' | 'none';

/**
 * Where the link and passphrase go on an inspected page. Dedicated fields first; a form with a
 * link field only gets the passphrase in its message; a form with neither gets one block at the
 * end of its message. Public pages and pages without a support form get nothing.
 */
export function planFill(report: FormReport | undefined): FillPlan | undefined {
  if (report?.kind !== 'support') return undefined;
  const { link, passphrase, message } = report.fields;
  const messageToken = message?.token;
  const toMessage: Destination = messageToken ? { to: 'message' } : { to: 'nowhere' };
  if (!link && !messageToken) return undefined;
  return {
    inspectionId: report.inspectionId,
    link: link ? { to: 'field', token: link.token } : toMessage,
    passphrase: passphrase ? { to: 'field', token: passphrase.token } : toMessage,
    message: messageToken,
  };
}

export function fillMode(plan: FillPlan | undefined): FillMode {
  if (!plan) return 'none';
  if (plan.link.to === 'field')
    return plan.passphrase.to === 'field' ? 'fields' : 'link-field-passphrase-in-message';
  return plan.link.to === 'message' ? 'message-block' : 'none';
}

/** Whether the plan writes anything into the page. */
export function fillsAnything(plan: FillPlan | undefined): boolean {
  return plan !== undefined && (plan.link.to !== 'nowhere' || plan.passphrase.to !== 'nowhere');
}

export interface MessageWording {
  /** Link, passphrase (may be empty) and expiry together. */
  block(link: string, passphrase: string, expiry: string): string;
  /** The passphrase alone, when the link has its own field. */
  passphraseLine(passphrase: string): string;
  /** The link alone, when the passphrase has its own field or none. */
  linkLine(link: string, expiry: string): string;
}

/** What is appended to the message, given where each value goes. */
export function messageText(
  plan: FillPlan,
  values: { link: string; passphrase: string; expiry: string },
  wording: MessageWording,
): string {
  const linkThere = plan.link.to === 'message';
  const passphraseThere = plan.passphrase.to === 'message' && values.passphrase !== '';
  if (linkThere && passphraseThere)
    return wording.block(values.link, values.passphrase, values.expiry);
  if (linkThere) return wording.linkLine(values.link, values.expiry);
  if (passphraseThere) return wording.passphraseLine(values.passphrase);
  return '';
}

/** Every field of the report by token, with its label. */
export function labelsByToken(report: FormReport): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of [...report.candidates, ...Object.values(report.fields)])
    labels[field.token] = field.label;
  return labels;
}
