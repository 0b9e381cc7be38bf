/**
 * The form a field belongs to: its <form> (including `form=` owners), else the nearest
 * container holding a submit-like button (forms rendered without <form> by React or Vue),
 * else its document or shadow root.
 */
export type FormScope = Element | Document | ShadowRoot;

const submitLike =
  'button[type=submit], input[type=submit], input[type=image], button:not([type]), [role=button], button[type=button]';
const submitText =
  /submit|send|create|post|reply|comment|sign ?in|log ?in|sign ?up|register|subscribe|search|continue|next|save|request|open|absenden|senden|erstellen|anmelden|envoyer|creer|valider|enviar|crear|invia|crea|verzend|versturen|indienen|送信|作成|登録|確認/i;

function hasSubmitButton(container: Element): boolean {
  for (const button of container.querySelectorAll(submitLike)) {
    if (
      button.closest(
        '[role=toolbar], .ck-toolbar, .ql-toolbar, .tox-toolbar, .tox-toolbar__primary',
      )
    )
      continue;
    if (button.getAttribute('type') === 'submit' || button.localName === 'input') return true;
    const text = `${button.textContent} ${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('value') ?? ''}`;
    if (submitText.test(text)) return true;
  }
  return false;
}

/** Finds form scopes, remembering containers already judged (pages may hold thousands of fields). */
export function createScopeFinder(): (element: HTMLElement) => FormScope {
  const judged = new Map<Element, boolean>();
  const submits = (node: Element) => {
    let result = judged.get(node);
    if (result === undefined) {
      result = hasSubmitButton(node);
      judged.set(node, result);
    }
    return result;
  };
  const scopeOf = (element: HTMLElement): FormScope => {
    // An editor's frame body (TinyMCE) belongs to the form around its iframe.
    const frame = element.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
    if (element === element.ownerDocument.body && frame) return scopeOf(frame);
    const owner = (element as HTMLInputElement).form as HTMLFormElement | null | undefined;
    if (owner) return owner;
    const form = element.closest('form, [role=form]');
    if (form) return form;
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (node.localName === 'body') break;
      if (submits(node)) return node;
    }
    return element.getRootNode() as Document | ShadowRoot;
  };
  return scopeOf;
}

export function isElement(scope: FormScope): scope is Element {
  // Not instanceof: elements of a same-origin frame come from that frame's realm.
  return scope.nodeType === Node.ELEMENT_NODE;
}

/** Every control of a scope, for judging what kind of form it is. */
export function controlsOf(scope: FormScope): Element[] {
  if (isElement(scope) && scope.localName === 'form')
    return [...(scope as HTMLFormElement).elements];
  return [...scope.querySelectorAll('input, textarea, select')];
}
