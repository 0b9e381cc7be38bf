import type { Destination, FillOutcome, FillPlan, FillValues } from '../shared/ticket-form.ts';
import { kindOf } from './collect-fields.ts';
import { lookUp } from './registry.ts';
import { remainderOf } from './taken-fields.ts';
import { appendToField, writeField, type Written } from './write-field.ts';
import { isSafeTarget } from './visibility.ts';

interface Step {
  token: string;
  element: HTMLElement;
  text: string;
  /** Appended to the message, or what is left of the field a secret was taken from. */
  mode: 'replace' | 'append' | 'remove';
}

function fieldStep(
  plan: FillPlan,
  destination: Destination,
  text: string,
): Omit<Step, 'element'> | undefined {
  return destination.to === 'field'
    ? { token: destination.token, text, mode: 'replace' }
    : undefined;
}

/**
 * Writes the link and passphrase where the plan says, all or nothing: every target is looked
 * up and re-checked first (the page may have changed since it was inspected), the message is
 * written last, and a failure undoes what was already written.
 */
export async function fillPage(plan: FillPlan, values: FillValues): Promise<FillOutcome> {
  const taken = plan.takenFrom && lookUp(plan.inspectionId, plan.takenFrom);
  const remainder = taken ? remainderOf(taken) : undefined;
  if (plan.takenFrom && remainder === undefined) return { ok: false, reason: 'page-changed' };
  const planned = [
    // The secret leaves the page first: no link is written next to a password still there.
    plan.takenFrom
      ? { token: plan.takenFrom, text: remainder ?? '', mode: 'remove' as const }
      : undefined,
    fieldStep(plan, plan.link, values.link),
    fieldStep(plan, plan.passphrase, values.passphrase),
    plan.message !== undefined && values.messageText !== ''
      ? { token: plan.message, text: values.messageText, mode: 'append' as const }
      : undefined,
  ].filter((step) => step !== undefined);

  const steps: Step[] = [];
  for (const step of planned) {
    const element = lookUp(plan.inspectionId, step.token);
    if (!element) return { ok: false, reason: 'page-changed' };
    if (!element.isConnected || !element.ownerDocument.defaultView)
      return { ok: false, reason: 'field-gone' };
    if (!isSafeTarget(element)) return { ok: false, reason: 'not-fillable' };
    steps.push({ ...step, element });
  }

  const written: Written[] = [];
  for (const step of steps) {
    if (step.mode === 'append') {
      if (await appendToField(step.element, kindOf(step.element), step.text)) continue;
    } else {
      const done = writeField(step.element, step.text, step.mode === 'remove');
      if (done) {
        written.push(done);
        continue;
      }
    }
    for (const done of written.reverse()) done.undo();
    return { ok: false, reason: 'write-failed' };
  }
  return { ok: true, filled: steps.map((step) => step.token) };
}
