import type { Destination, FillOutcome, FillPlan, FillValues } from '../shared/ticket-form.ts';
import { kindOf } from './collect-fields.ts';
import { lookUp } from './registry.ts';
import { appendToField, writeField, type Written } from './write-field.ts';
import { isSafeTarget } from './visibility.ts';

interface Step {
  token: string;
  element: HTMLElement;
  text: string;
  append: boolean;
}

function fieldStep(
  plan: FillPlan,
  destination: Destination,
  text: string,
): Omit<Step, 'element'> | undefined {
  return destination.to === 'field' ? { token: destination.token, text, append: false } : undefined;
}

/**
 * Writes the link and passphrase where the plan says, all or nothing: every target is looked
 * up and re-checked first (the page may have changed since it was inspected), the message is
 * written last, and a failure undoes what was already written.
 */
export async function fillPage(plan: FillPlan, values: FillValues): Promise<FillOutcome> {
  const planned = [
    fieldStep(plan, plan.link, values.link),
    fieldStep(plan, plan.passphrase, values.passphrase),
    plan.message !== undefined && values.messageText !== ''
      ? { token: plan.message, text: values.messageText, append: true }
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
    if (step.append) {
      if (await appendToField(step.element, kindOf(step.element), step.text)) continue;
    } else {
      const done = writeField(step.element, step.text);
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
