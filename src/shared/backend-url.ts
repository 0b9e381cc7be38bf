/**
 * Where secrets go is the most sensitive setting there is: whoever controls the backend
 * reads every secret. It is reduced to an origin: https, or http on the loopback interface.
 * Parsing is WHATWG `URL`'s alone, which also turns international host names into punycode.
 */
export type BackendUrlProblem =
  | 'empty'
  | 'whitespace'
  | 'hidden-characters'
  | 'not-a-url'
  | 'scheme'
  | 'insecure-http'
  | 'credentials'
  | 'query-or-fragment';

export type BackendUrlCheck =
  | {
      ok: true;
      origin: string;
      /** The path left out of a pasted page address. */ droppedPath?: string;
    }
  | { ok: false; problem: BackendUrlProblem };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Bidi overrides and isolates, zero-width and other invisible format characters. */
const hiddenCharacters = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/u;

export function isLoopbackOrigin(origin: string): boolean {
  return loopbackHosts.has(new URL(origin).hostname);
}

export function checkBackendUrl(input: string): BackendUrlCheck {
  if (input === '') return { ok: false, problem: 'empty' };
  // Refused rather than trimmed: a space around or inside a host is a sign of a pasted trick.
  if (/\s/u.test(input)) return { ok: false, problem: 'whitespace' };
  if (hiddenCharacters.test(input)) return { ok: false, problem: 'hidden-characters' };
  // Only absolute URLs with an explicit scheme: "//host" or "host" alone are refused.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return { ok: false, problem: 'not-a-url' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'scheme' };
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    return { ok: false, problem: 'insecure-http' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(input)) {
    return { ok: false, problem: 'query-or-fragment' };
  }
  // A pasted page address ("…/secret/abc") still names the server: keep its origin.
  return url.pathname === '/'
    ? { ok: true, origin: url.origin }
    : { ok: true, origin: url.origin, droppedPath: url.pathname };
}
