import type { PageKind } from '../ticket-form.ts';
import type { ScopeFacts } from './page-facts.ts';
import { normalize } from './text.ts';
import {
  checkoutWord,
  publicHint,
  publicPlace,
  salesPlace,
  supportWord,
  twoFactorWord,
} from './vocabulary.ts';

export interface FormEvidence {
  scope: ScopeFacts;
  /** The page's title, path and main heading. */
  page: string;
  hasLinkField: boolean;
  hasMessageField: boolean;
}

/**
 * What a form is. A link posted to a forum, a comment or an issue tracker is public, so those
 * are told apart first; login, signup, checkout, search and newsletter forms are never support.
 * The score ranks support forms when a page has several.
 */
export function classifyForm(evidence: FormEvidence): { kind: PageKind; score: number } {
  const { scope, hasLinkField, hasMessageField } = evidence;
  const own = normalize(scope.own);
  const text = `${own} ${normalize(evidence.page)}`;
  const autocomplete = scope.controls.map((control) => control.autocomplete);
  const types = scope.controls.map((control) => control.type);

  if (
    publicPlace.test(text) ||
    publicHint.test(own) ||
    /commentform|wp-comments-post|bbp-|new_issue|discourse|posting\.php/.test(scope.attributes)
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
  const searchForm = scope.search || (types.includes('search') && !hasMessageField);
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
    (supportText ? 3 : 0) +
    (emailField ? 1 : 0) +
    (hasMessageField ? 1 : 0);
  return { kind: score >= 3 ? 'support' : 'none', score };
}
