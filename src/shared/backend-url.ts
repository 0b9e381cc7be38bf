/**
 * Where secrets go is the most sensitive setting there is: whoever controls the backend
 * reads every secret. It is reduced to an origin: https, or http on the loopback interface.
 */
export type BackendUrlProblem =
  'empty' | 'not-a-url' | 'scheme' | 'insecure-http' | 'credentials' | 'query-or-fragment';

export type BackendUrlCheck =
  { ok: true; origin: string } | { ok: false; problem: BackendUrlProblem };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackOrigin(origin: string): boolean {
  return loopbackHosts.has(new URL(origin).hostname);
}

export function checkBackendUrl(input: string): BackendUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  // Only absolute URLs with an explicit scheme: "//host" or "host" alone are refused.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { ok: false, problem: 'not-a-url' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'scheme' };
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    return { ok: false, problem: 'insecure-http' };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    return { ok: false, problem: 'query-or-fragment' };
  }
  // A pasted page address ("…/secret/abc", "…/") still names the server: keep its origin.
  return { ok: true, origin: url.origin };
}
