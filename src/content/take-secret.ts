import type { ClickedField, ContentApi, TakenSecret } from '../shared/ticket-form.ts';
import { frameDocument } from './collect-fields.ts';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The focused element, through open shadow roots and same-origin frames. */
function focusedElement(doc: Document): Element | null {
  let focused = doc.activeElement;
  let inner = focused;
  while (inner) {
    focused = inner;
    inner =
      focused.shadowRoot?.activeElement ??
      (focused.localName === 'iframe' ? frameDocument(focused)?.activeElement : null) ??
      null;
  }
  return focused;
}

/**
 * The right-clicked field: the element the browser names (Firefox's menus.getTargetElement),
 * else the focused one (Chrome focuses a field on right-click), in the frame the browser
 * reported. Never an element the page pointed at: hidden, covered or elsewhere is refused.
 */
export function takeSecret(doc: Document, clicked: ClickedField, api: ContentApi): TakenSecret {
  const menus = (globalThis as { browser?: { menus?: { getTargetElement(id: number): Element } } })
    .browser?.menus;
  const named =
    clicked.targetElementId === undefined
      ? undefined
      : menus?.getTargetElement(clicked.targetElementId);
  const control = (named ?? focusedElement(doc)) as TextControl | null;
  if (
    control?.ownerDocument.URL !== clicked.frameUrl ||
    !/^(input|textarea)$/.test(control.localName)
  )
    return { status: 'no-field' };
  // A "show password" toggle turns the type into text; the autocomplete hint stays.
  const password =
    control.type === 'password' || /(current|new)-password/.test(control.autocomplete);
  // Inputs without a selection API (email, number) answer null.
  const { selectionStart, selectionEnd } = control as HTMLInputElement;
  const start = password ? 0 : (selectionStart ?? 0);
  const end = password ? control.value.length : (selectionEnd ?? 0);
  const value = control.value.slice(start, end);
  if (!password && !value) return { status: 'no-field' };
  if (!value.trim()) return { status: 'empty' };
  if (control.readOnly || control.disabled) return { status: 'read-only' };
  const token = api.adopt(control, start, end);
  const inspectionId = api.inspectionId();
  if (token === undefined || inspectionId === undefined) return { status: 'no-field' };
  return { status: 'found', kind: password ? 'password' : 'selection', inspectionId, token, value };
}
