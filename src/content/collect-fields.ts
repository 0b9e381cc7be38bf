import type { FieldKind } from '../shared/ticket-form.ts';

export interface Field {
  element: HTMLElement;
  kind: FieldKind;
}

/** Input types a link or passphrase can be written into; email, search, tel… never. */
const writableInputTypes = new Set(['text', 'url', 'password', '']);

function isEditorRoot(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  if (editable === null || editable === 'false') return false;
  // The root of an editable region, not an element inside one.
  const inherited = element.parentElement?.getAttribute('contenteditable') ?? null;
  return inherited === null || inherited === 'false';
}

function fieldOf(element: Element): Field | undefined {
  if (element.localName === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    return writableInputTypes.has(type)
      ? { element: element as HTMLElement, kind: 'text' }
      : undefined;
  }
  if (element.localName === 'textarea')
    return { element: element as HTMLElement, kind: 'multiline' };
  if (isEditorRoot(element)) return { element: element as HTMLElement, kind: 'rich-text' };
  return undefined;
}

/** How an element is written to, once it is known to be a field. */
export function kindOf(element: HTMLElement): FieldKind {
  if (element.localName === 'input') return 'text';
  return element.localName === 'textarea' ? 'multiline' : 'rich-text';
}

/** The document of a same-origin frame; cross-origin frames are out of reach and stay so. */
export function frameDocument(frame: Element): Document | undefined {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every field in the document, its open shadow roots and its same-origin frames, in document
 * order. An iframe whose whole body is editable (TinyMCE) counts as one rich-text field.
 */
export function collectFields(doc: Document): Field[] {
  const fields: Field[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      const field = fieldOf(element);
      if (field) fields.push(field);
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element.localName === 'iframe' || element.localName === 'frame') {
        const inner = frameDocument(element);
        if (!inner?.body) continue;
        if (isEditorRoot(inner.body) || inner.designMode === 'on')
          fields.push({ element: inner.body, kind: 'rich-text' });
        else visit(inner);
      }
    }
  };
  visit(doc);
  return fields;
}
