import type { ScopeFacts } from '../shared/detection/page-facts.ts';

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
function controlsOf(scope: FormScope): Element[] {
  if (isElement(scope) && scope.localName === 'form')
    return [...(scope as HTMLFormElement).elements];
  return [...scope.querySelectorAll('input, textarea, select')];
}

const words = (element: Element | null | undefined) =>
  element?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/**
 * The heading a user sees for the form: a heading inside it or just before it, else the
 * page's main heading, else a section legend inside it.
 */
function headingOf(scope: FormScope): string {
  const doc = isElement(scope)
    ? scope.ownerDocument
    : scope.nodeType === Node.DOCUMENT_NODE
      ? (scope as Document)
      : null;
  let before: Element | null = isElement(scope) ? scope.previousElementSibling : null;
  for (let steps = 0; before && steps < 3 && !/^h[1-3]$/.test(before.localName); steps++)
    before = before.previousElementSibling;
  const heading =
    scope.querySelector('h1, h2, h3') ??
    (before && /^h[1-3]$/.test(before.localName) ? before : null);
  return words(heading ?? doc?.querySelector('h1') ?? scope.querySelector('legend')).slice(0, 120);
}

/** What the extension needs to judge a form: its own words and its visible controls. */
export function describeScope(scope: FormScope): ScopeFacts {
  const own: string[] = [];
  let attributes = '';
  if (isElement(scope)) {
    attributes = `${scope.id} ${typeof scope.className === 'string' ? scope.className : ''} ${scope.getAttribute('action') ?? ''}`;
    own.push(attributes, scope.getAttribute('name') ?? '', scope.getAttribute('aria-label') ?? '');
    for (
      let previous = scope.previousElementSibling, steps = 0;
      previous && steps < 3;
      previous = previous.previousElementSibling, steps++
    ) {
      if (/^h[1-4]$/.test(previous.localName)) own.push(words(previous));
    }
  }
  for (const element of scope.querySelectorAll(
    'h1, h2, h3, h4, legend, button, [type=submit], [role=button]',
  )) {
    own.push(words(element).slice(0, 120), element.getAttribute('value') ?? '');
  }
  // Honeypots carry misleading attributes (autocomplete="new-password" to fend off autofill).
  // A few hundred controls tell a login from a ticket form; pages with thousands need no more.
  const controls = controlsOf(scope)
    .slice(0, 300)
    .filter(
      (control) =>
        control.getAttribute('type') !== 'hidden' &&
        control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    )
    .map((control) => ({
      type: (control.getAttribute('type') ?? '').toLowerCase(),
      autocomplete: (control.getAttribute('autocomplete') ?? '').toLowerCase(),
    }));
  return {
    own: own.join(' ').slice(0, 4000),
    attributes,
    search: isElement(scope) && scope.getAttribute('role') === 'search',
    controls,
    heading: headingOf(scope),
  };
}
