import type { Destination, FillPlan, FormReport } from '../shared/ticket-form.ts';

/** Every field of the report by token, with its label. */
export function labelsByToken(report: FormReport): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const field of [...report.candidates, ...Object.values(report.fields)])
    labels[field.token] = field.label;
  return labels;
}

/** A destination of the plan, as a user would name it. */
export function describeDestination(
  destination: Destination,
  plan: FillPlan,
  labels: Record<string, string>,
): { where: 'field' | 'message' | 'nowhere'; label: string } {
  if (destination.to === 'field') return { where: 'field', label: labels[destination.token] ?? '' };
  if (destination.to === 'message' && plan.message)
    return { where: 'message', label: labels[plan.message] ?? '' };
  return { where: 'nowhere', label: '' };
}
