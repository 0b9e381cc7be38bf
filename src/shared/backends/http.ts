import { BackendError } from './backend-error.ts';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpOptions {
  fetch: FetchFunction;
  timeoutMs: number;
  maxResponseBytes: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined when the body is not JSON (an HTML error page, say). */
  json: unknown;
}

/**
 * One request with the hygiene every backend call needs (rule 4): no cookies or HTTP cache,
 * no referrer, redirects refused rather than followed (a 307/308 would re-send the secret to
 * wherever it points), a deadline, and a cap on how much of the answer we read.
 */
export async function sendRequest(
  request: HttpRequest,
  options: HttpOptions,
): Promise<HttpResponse> {
  const host = new URL(request.url).host;
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
  const init: RequestInit = {
    method: request.method,
    credentials: 'omit',
    redirect: 'error',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal,
  };
  if (request.headers) init.headers = request.headers;
  if (request.body !== undefined) init.body = request.body;

  let response: Response;
  try {
    response = await options.fetch(request.url, init);
  } catch (error) {
    if (request.signal?.aborted) throw error;
    if (deadline.aborted) {
      throw new BackendError('timeout', { host, seconds: Math.round(options.timeoutMs / 1000) });
    }
    throw await diagnoseFailure(request.url, options.fetch);
  }

  let text: string;
  try {
    text = await readCapped(response, options.maxResponseBytes);
  } catch (error) {
    if (error instanceof BackendError) throw error;
    if (deadline.aborted) {
      throw new BackendError('timeout', { host, seconds: Math.round(options.timeoutMs / 1000) });
    }
    throw new BackendError('network', { host });
  }
  return { status: response.status, headers: response.headers, json: parseJson(text) };
}

/**
 * fetch() reports a refused redirect exactly like an unreachable server. To tell the user
 * which it was, ask the origin once more without a body and without following anything.
 */
async function diagnoseFailure(url: string, fetchFunction: FetchFunction): Promise<BackendError> {
  const { origin, host } = new URL(url);
  try {
    const probe = await fetchFunction(`${origin}/api/v1/status`, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
    });
    // Browsers hide the redirect behind an opaque response; Node's fetch shows its status.
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
      return new BackendError('redirect', { host });
    }
  } catch {
    // Unreachable on the second try too.
  }
  return new BackendError('network', { host });
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new BackendError('invalid-response', { reason: 'too-large' });
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new BackendError('invalid-response', { reason: 'too-large' });
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(concat(chunks, received));
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
