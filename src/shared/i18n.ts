import browser from './browser.ts';

/**
 * A sentence from _locales in the browser's language. A missing key shows as the key itself,
 * so an untranslated string is visible instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
