import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { defaultConfig, type StandInConfig } from './config.ts';
import { landingPage, recipientPage } from './recipient-page.ts';
import { html, json, type Reply } from './replies.ts';
import { routeV1 } from './routes-v1.ts';
import { routeV2 } from './routes-v2.ts';
import { SecretStore } from './store.ts';

/**
 * A STAND-IN for the One-Time Secret server, which cannot run here (Ruby 3.4 + Redis). It
 * follows the API as the server code behaves (../shared/research/ots-and-peers-extensions.md)
 * and can be switched into the faults a real deployment shows.
 */
export type Fault =
  | 'none'
  | 'server-error' // every API call answers 500
  | 'rate-limit' // every API call answers 429 with Retry-After (an edge limiter)
  | 'slow' // answers after `slowMs`
  | 'malformed-json' // 200 with a body cut off mid-JSON
  | 'captive-portal' // 200 with an HTML login page
  | 'huge-response' // 200 with 5 MB of JSON
  | 'redirect' // every request is redirected to another origin
  | 'v1-missing'; // /api/v1 answers like a missing route (the v0.24.0 outage), v2 works

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface StandIn {
  readonly origin: string;
  readonly store: SecretStore;
  readonly requests: RecordedRequest[];
  setFault(fault: Fault, options?: { slowMs?: number }): void;
  /** Changes the server's configuration, as its operator would (accounts, guest routes, HOST…). */
  configure(changes: Partial<StandInConfig>): void;
  /** Back to the configuration it started with and no fault. */
  reset(): void;
  close(): Promise<void>;
}

export interface StandInOptions extends Partial<StandInConfig> {
  host?: string;
  port?: number;
  now?: () => number;
}

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const { host = '127.0.0.1', port = 0, now = Date.now, ...overrides } = options;
  const initial: StandInConfig = { ...defaultConfig, ...overrides };
  let config: StandInConfig = { ...initial };
  const store = new SecretStore(now);
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let fault: Fault = 'none';
  let slowMs = 30_000;
  let origin = '';

  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      const url = new URL(request.url ?? '/', origin);
      requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.search,
        headers: request.headers,
        body,
      });
      if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, slowMs));
      if (response.destroyed) return;
      send(response, faultReply(fault, url) ?? route(request, url, body));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function route(request: IncomingMessage, url: URL, body: string): Reply {
    const method = request.method ?? 'GET';
    const path = url.pathname;
    const secretPage = /^\/secret\/([A-Za-z0-9]+)$/.exec(path);
    if (secretPage && method === 'GET') {
      const secret = store.bySecret(secretPage[1] ?? '');
      if (secret) secret.state = 'viewed';
      return recipientPage(
        secretPage[1] ?? '',
        secret ? secret.passphrase !== undefined : undefined,
      );
    }
    if (path === '/' && method === 'GET') return landingPage();

    // Rack::Protection::HttpOrigin: a write whose Origin is another site gets a bare 403.
    const requestOrigin = request.headers.origin;
    if (config.originCheck && method !== 'GET' && requestOrigin && requestOrigin !== origin) {
      return { status: 403, body: 'Forbidden', contentType: 'text/plain' };
    }
    const linkOrigin = config.linkHost ? `${new URL(origin).protocol}//${config.linkHost}` : origin;
    const ctx = {
      store,
      config,
      origin: linkOrigin,
      caller: caller(request.headers.authorization, config),
    };
    if (path.startsWith('/api/v1/')) {
      const form = new URLSearchParams(isJson(request) ? jsonToForm(body) : body);
      return routeV1(method, path, form, ctx) ?? json(404, { message: 'Not Found' });
    }
    if (path.startsWith('/api/v2/')) {
      return (
        routeV2(method, path, parseJson(body), ctx) ??
        json(404, { error: 'Not Found', error_type: 'NotFound' })
      );
    }
    return html(404, '<h1>Not Found</h1>');
  }

  function faultReply(current: Fault, url: URL): Reply | undefined {
    const api = url.pathname.startsWith('/api/');
    switch (current) {
      case 'redirect':
        return {
          status: 302,
          headers: { Location: `https://elsewhere.example${url.pathname}` },
          body: '',
        };
      case 'server-error':
        return api
          ? json(500, { error: 'Internal Server Error', error_type: 'ServerError' })
          : undefined;
      case 'rate-limit':
        return api
          ? json(
              429,
              { message: 'Rate limit exceeded. Please try again later.' },
              { 'Retry-After': '120' },
            )
          : undefined;
      case 'malformed-json':
        return api
          ? {
              status: 200,
              body: '{"custid":"anon","metadata_key":"abc',
              contentType: 'application/json',
            }
          : undefined;
      case 'captive-portal':
        return api
          ? html(200, '<html><body><form>Sign in to the hotel Wi-Fi</form></body></html>')
          : undefined;
      case 'huge-response':
        return api ? json(200, { padding: 'x'.repeat(5 * 1024 * 1024) }) : undefined;
      case 'v1-missing':
        return url.pathname.startsWith('/api/v1/') ? html(404, '<h1>Not Found</h1>') : undefined;
      case 'slow':
      case 'none':
        return undefined;
    }
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    origin,
    store,
    requests,
    setFault(next, faultOptions = {}) {
      fault = next;
      slowMs = faultOptions.slowMs ?? 30_000;
    },
    configure(changes) {
      config = { ...config, ...changes };
    },
    reset() {
      config = { ...initial };
      fault = 'none';
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** 'anon' without credentials, the account with matching ones, 'rejected' otherwise. */
function caller(authorization: string | undefined, config: StandInConfig): string {
  if (!authorization) return 'anon';
  const match = /^Basic\s+(.+)$/i.exec(authorization);
  if (!match?.[1]) return 'rejected';
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const user = decoded.slice(0, separator);
  return separator > 0 && config.accounts[user] === decoded.slice(separator + 1)
    ? user
    : 'rejected';
}

function send(response: ServerResponse, reply: Reply): void {
  // The real server sends no CORS headers at all (appsec review §6); neither does this one.
  response.writeHead(reply.status, {
    ...(reply.contentType ? { 'Content-Type': reply.contentType } : {}),
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  response.end(reply.body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function isJson(request: IncomingMessage): boolean {
  return request.headers['content-type']?.includes('json') ?? false;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** v1 parses JSON bodies too since v0.24 (COMPAT.md). */
function jsonToForm(body: string): Record<string, string> {
  const value = parseJson(body);
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, String(field)]));
}
