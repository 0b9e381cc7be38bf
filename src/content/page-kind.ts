import type { PageKind } from '../shared/ticket-form.ts';
import { controlsOf, isElement, type FormScope } from './form-context.ts';
import { normalize } from './text.ts';
import {
  checkoutWord,
  publicHint,
  publicPlace,
  salesPlace,
  supportWord,
  twoFactorWord,
} from './vocabulary.ts';

export interface ScopeEvidence {
  scope: FormScope;
  hasLinkField: boolean;
  hasMessageField: boolean;
}

function documentOf(scope: FormScope): Document {
  if (isElement(scope)) return scope.ownerDocument;
  return scope.nodeType === Node.DOCUMENT_NODE
    ? (scope as Document)
    : (scope as ShadowRoot).host.ownerDocument;
}

/** The page a same-origin frame is shown in: its title and path describe the form too. */
function topDocument(doc: Document): Document {
  let current = doc;
  for (
    let frame = current.defaultView?.frameElement;
    frame;
    frame = current.defaultView?.frameElement
  ) {
    current = frame.ownerDocument;
  }
  return current;
}

/**
 * The words of a form: `own` from its attributes, headings, legends and buttons and the
 * heading just before it; `page` from the page's title, path and main heading.
 */
export function scopeText(scope: FormScope): { own: string; page: string } {
  const doc = topDocument(documentOf(scope));
  const own: string[] = [];
  if (isElement(scope)) {
    own.push(
      scope.id,
      scope.className,
      scope.getAttribute('name') ?? '',
      scope.getAttribute('action') ?? '',
    );
    own.push(scope.getAttribute('aria-label') ?? '');
    for (
      let previous = scope.previousElementSibling, steps = 0;
      previous && steps < 3;
      previous = previous.previousElementSibling, steps++
    ) {
      if (/^h[1-4]$/.test(previous.localName)) own.push(previous.textContent);
    }
  }
  for (const heading of scope.querySelectorAll(
    'h1, h2, h3, h4, legend, button, [type=submit], [role=button]',
  )) {
    own.push(heading.textContent.slice(0, 120), heading.getAttribute('value') ?? '');
  }
  const page = [
    doc.title,
    doc.location.pathname.replace(/[/_-]+/g, ' '),
    doc.querySelector('h1')?.textContent ?? '',
  ];
  return { own: normalize(own.join(' ')).slice(0, 4000), page: normalize(page.join(' ')) };
}

function attributeValues(controls: Element[], name: string): string[] {
  return controls.map((control) => (control.getAttribute(name) ?? '').toLowerCase());
}

/**
 * What a form is. A link posted to a forum, a comment or an issue tracker is public, so those
 * are told apart first; login, signup, checkout, search and newsletter forms are never support.
 */
export function classifyScope(evidence: ScopeEvidence): { kind: PageKind; score: number } {
  const { scope, hasLinkField, hasMessageField } = evidence;
  const { own, page } = scopeText(scope);
  const text = `${own} ${page}`;
  // Honeypots carry misleading attributes (autocomplete="new-password" to fend off autofill).
  const controls = controlsOf(scope).filter(
    (control) =>
      control.getAttribute('type') !== 'hidden' &&
      control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
  );
  const autocomplete = attributeValues(controls, 'autocomplete');
  const types = attributeValues(controls, 'type');
  const attributes = isElement(scope)
    ? `${scope.id} ${scope.className} ${scope.getAttribute('action') ?? ''}`
    : '';

  if (
    publicPlace.test(text) ||
    publicHint.test(own) ||
    /commentform|wp-comments-post|bbp-|new_issue|discourse|posting\.php/.test(attributes)
  ) {
    return { kind: 'public', score: 0 };
  }
  const passwords = types.filter((type) => type === 'password').length;
  const accountForm = autocomplete.some((value) =>
    /new-password|current-password|one-time-code/.test(value),
  );
  const paymentForm =
    autocomplete.some((value) => value.startsWith('cc-')) ||
    (checkoutWord.test(own) && !hasLinkField);
  const searchForm =
    (isElement(scope) && scope.getAttribute('role') === 'search') ||
    (types.includes('search') && !hasMessageField);
  if (paymentForm || searchForm || (!hasMessageField && !hasLinkField))
    return { kind: 'none', score: 0 };
  // Vendors' support forms may ask for the site's admin password too; only without a link field
  // or a support message do password and code fields make it a login, signup or 2FA form.
  const supportText = supportWord.test(text);
  const clearlySupport = hasLinkField || (hasMessageField && supportText);
  if ((accountForm || passwords > 0 || twoFactorWord.test(text)) && !clearlySupport)
    return { kind: 'none', score: 0 };
  if (salesPlace.test(text) && !hasLinkField) return { kind: 'none', score: 0 };

  const emailField = types.includes('email') || autocomplete.includes('email');
  const score =
    (hasLinkField ? 5 : 0) +
    (supportWord.test(text) ? 3 : 0) +
    (emailField ? 1 : 0) +
    (hasMessageField ? 1 : 0);
  return { kind: score >= 3 ? 'support' : 'none', score };
}
