import { t } from '../i18n.ts';

/**
 * The page's lang attribute follows the language its messages are in (the HTML says "en"):
 * screen readers pronounce by it.
 */
export function setPageLanguage(): void {
  document.documentElement.lang = t('htmlLang');
}
