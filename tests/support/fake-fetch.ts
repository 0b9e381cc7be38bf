import type { FetchFunction } from '../../src/shared/backends/http.ts';

/**
 * A FAKE fetch for unit tests: records each request and answers from a script of responses,
 * as the One-Time Secret server documents them. A thrown TypeError is how fetch reports a
 * network failure or a refused redirect.
 */
export interface FakeFetch {
  fetch: FetchFunction;
  calls: { url: string; init: RequestInit }[];
}

export type Answer =
  Response | Error | ((url: string, init: RequestInit) => Response | Promise<Response>);

export function fakeFetch(...answers: Answer[]): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const fetch: FetchFunction = async (url, init) => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (answer === undefined) throw new Error(`unexpected request to ${url}`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(url, init) : answer;
  };
  return { fetch, calls };
}

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** v1's way of refusing anything: HTTP 404, the reason in `message`, the meant status in a header. */
export function v1Refusal(intended: number, message: string): Response {
  return jsonResponse(404, { message }, { 'X-OTS-Intended-Status': String(intended) });
}

export const networkFailure = (): TypeError => new TypeError('Failed to fetch');
