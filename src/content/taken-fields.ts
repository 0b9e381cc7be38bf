import { currentInspection } from './registry.ts';
import { isSafeTarget } from './visibility.ts';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What each field held when its secret was read: it is emptied only if it still holds that. */
const taken = new WeakMap<Element, [value: string, start: number, end: number]>();

/** A field a secret is taken from, as a token of the current inspection; never a hidden one. */
export function adoptTaken(element: HTMLElement, start: number, end: number): string | undefined {
  const inspection = currentInspection();
  if (!inspection || !isSafeTarget(element)) return undefined;
  taken.set(element, [(element as TextControl).value, start, end]);
  return inspection.register(element);
}

/**
 * The field without what was taken from it: empty for a password, the rest of the text for a
 * selection. Undefined when the user changed the field since (nothing is then removed).
 */
export function remainderOf(element: HTMLElement): string | undefined {
  const [before, start = 0, end = 0] = taken.get(element) ?? [];
  const { value } = element as TextControl;
  return before === value ? value.slice(0, start) + value.slice(end) : undefined;
}
