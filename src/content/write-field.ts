import type { FieldKind } from '../shared/ticket-form.ts';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/**
 * Sets a value as typing would: through the element's native value setter (React keeps its
 * own copy on the element, and would otherwise revert the value) followed by the input and
 * change events frameworks listen to.
 */
function setValue(control: TextControl, value: string, removing = false): boolean {
  const view = control.ownerDocument.defaultView;
  if (!view) return false;
  const prototype =
    control.localName === 'textarea'
      ? view.HTMLTextAreaElement.prototype
      : view.HTMLInputElement.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the element as `this`
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setter) return false;
  control.focus({ preventScroll: true });
  setter.call(control, value);
  control.dispatchEvent(
    // What was removed is not repeated in the event: the page's listeners learn nothing new.
    new view.InputEvent('input', {
      bubbles: true,
      composed: true,
      inputType: removing ? 'deleteContentBackward' : 'insertReplacementText',
      data: removing ? null : value,
    }),
  );
  control.dispatchEvent(new view.Event('change', { bubbles: true }));
  control.blur();
  return control.value === value;
}

export interface Written {
  undo(): void;
}

/**
 * Replaces a field's value: a link or passphrase field holds nothing else, and a field a
 * secret was taken from keeps only what remains (`removing`).
 */
export function writeField(
  element: HTMLElement,
  text: string,
  removing = false,
): Written | undefined {
  const control = element as TextControl;
  const previous = control.value;
  return setValue(control, text, removing)
    ? { undo: () => setValue(control, previous, removing) }
    : undefined;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function contains(element: HTMLElement, text: string): boolean {
  return collapse(element.textContent).includes(collapse(text));
}

function caretAtEnd(editable: HTMLElement): void {
  const doc = editable.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Appends to a rich-text editor through its own input path: a paste, which CKEditor 5,
 * ProseMirror/Tiptap, Quill and TinyMCE all turn into their own model change. An editor that
 * ignores it gets the browser's insertText command, which they handle as typing.
 */
async function appendToEditor(editable: HTMLElement, text: string): Promise<boolean> {
  const view = editable.ownerDocument.defaultView;
  if (!view) return false;
  editable.focus({ preventScroll: true });
  caretAtEnd(editable);
  const addition = editable.textContent.trim() ? `\n${text}` : text;
  const data = new view.DataTransfer();
  data.setData('text/plain', addition);
  const paste = new view.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  editable.dispatchEvent(paste);
  // Editors that take the paste may apply it a little later (TinyMCE filters it first).
  for (let waited = 0; waited < (paste.defaultPrevented ? 1500 : 50); waited += 25) {
    if (contains(editable, text)) return true;
    await pause(25);
  }
  if (paste.defaultPrevented) return false;
  caretAtEnd(editable);
  // Deprecated but still the one way to type into any contenteditable through the browser.
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the editor's own typing path
  editable.ownerDocument.execCommand('insertText', false, addition);
  await pause(25);
  return contains(editable, text);
}

/** Adds text after what the user already wrote, never replacing it. */
export async function appendToField(
  element: HTMLElement,
  kind: FieldKind,
  text: string,
): Promise<boolean> {
  if (kind === 'rich-text') return appendToEditor(element, text);
  const control = element as TextControl;
  const existing = control.value.replace(/\s+$/, '');
  return setValue(control, existing ? `${existing}\n\n${text}` : text);
}
