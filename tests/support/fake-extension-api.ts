import { fakeBrowser } from '@webext-core/fake-browser';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };

/**
 * The WebExtension API for unit tests: @webext-core/fake-browser's in-memory storage, events and
 * runtime, plus the two parts it leaves unimplemented that OnceLink uses. Both FAKES follow the
 * browsers' documented behaviour:
 * - i18n.getMessage reads the real _locales/en/messages.json, expanding $NAME$ placeholders
 *   to their `content` and $1…$9 to the substitutions, as Chrome and Firefox do;
 * - permissions.contains answers from the set of granted origin patterns in `grantedOrigins`.
 */
type Catalog = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export const grantedOrigins = new Set<string>();

function getMessage(name: string, substitutions?: string | (string | number)[]): string {
  const entry = (messages as Catalog)[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat().map(String);
  return entry.message
    .replace(
      /\$([a-z0-9_@]+)\$/gi,
      (_match, key: string) => entry.placeholders?.[key.toLowerCase()]?.content ?? '',
    )
    .replace(/\$(\d)/g, (_match, index: string) => values[Number(index) - 1] ?? '')
    .replaceAll('$$', '$');
}

export function installFakeExtensionApi(): typeof fakeBrowser {
  fakeBrowser.reset();
  grantedOrigins.clear();
  fakeBrowser.i18n.getMessage = getMessage;
  fakeBrowser.permissions.contains = ({ origins = [] }) =>
    Promise.resolve(origins.every((origin) => grantedOrigins.has(origin)));
  return fakeBrowser;
}

export { fakeBrowser };
