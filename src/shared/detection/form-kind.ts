import type { PageKind } from '../ticket-form.ts';
import type { ScopeFacts } from './page-facts.ts';
import { normalize } from './text.ts';
import {
  addressWord,
  checkoutWord,
  jobPlace,
  publicHint,
  publicPlace,
  salesPlace,
  supportWord,
  surveyPlace,
  twoFactorWord,
} from './vocabulary.ts';

export interface FormEvidence {
  scope: ScopeFacts;
  /** The page's title, path and main heading. */
  page: string;
  /** The form's fields' own words (normalised labels and placeholders). */
  fieldWords: string;
  hasLinkField: boolean;
  hasMessageField: boolean;
}

/**
 * What a form is. A link posted to a forum, a comment or an issue tracker is public, so those
 * are told apart first; login, signup, checkout, search and newsletter forms are never support.
 * The score ranks support forms when a page has several.
 */
export function classifyForm(evidence: FormEvidence): { kind: PageKind; score: number } {
  const { scope, hasLinkField, hasMessageField, fieldWords } = evidence;
  const own = normalize(scope.own);
  const text = `${own} ${normalize(evidence.page)}`;
  const autocomplete = scope.controls.map((control) => control.autocomplete);
  const types = scope.controls.map((control) => control.type);

  if (
    publicPlace.test(text) ||
    publicPlace.test(fieldWords) ||
    publicHint.test(own) ||
    /commentform|wp-comments-post|bbp-|new_issue|discourse|posting\.php|editform|wptextbox/.test(
      scope.attributes,
    )
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
  // Forms that want something else from the user: an order, a lead, a job, a rating, a record.
  if (!hasLinkField) {
    const addresses = new Set(fieldWords.match(new RegExp(addressWord.source, 'g')));
    const elsewhere =
      salesPlace.test(text) ||
      jobPlace.test(`${text} ${fieldWords}`) ||
      surveyPlace.test(text) ||
      addresses.size >= 3;
    if (elsewhere) return { kind: 'none', score: 0 };
  }

  const emailField = types.includes('email') || autocomplete.includes('email');
  const score =
    (hasLinkField ? 5 : 0) +
    (supportText ? 3 : 0) +
    (emailField ? 1 : 0) +
    (hasMessageField ? 1 : 0);
  return { kind: score >= 3 ? 'support' : 'none', score };
}
