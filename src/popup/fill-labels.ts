import type { Destination, FillPlan } from '../shared/ticket-form.ts';

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
