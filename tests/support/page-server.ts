import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { bundleFixtureApp } from './fixture-apps.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Libraries fixture pages may load from node_modules, under /vendor/<package>/… */
const vendorPackages = ['ckeditor5', 'tinymce', 'quill', 'vue'];

export interface PageServer {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/**
 * Serves the fixture pages from tests/fixtures/pages, libraries under /vendor/, and fixture
 * apps bundled on request under /apps/<name>.js. Pages that need a second origin (a
 * cross-origin iframe) use http://localhost:<same port>, which reaches this server too.
 */
export async function startPageServer(
  root = 'tests/fixtures/pages',
  host = '127.0.0.1',
): Promise<PageServer> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    void respond(path).then(
      ({ body, type }) => {
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(body);
      },
      (error: unknown) => {
        // A fixture app that fails to bundle would otherwise look like a page that never renders.
        if (path.startsWith('/apps/')) console.error(`bundling ${path} failed:`, error);
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('not found');
      },
    );
  });

  async function respond(path: string): Promise<{ body: string | Buffer; type: string }> {
    const app = /^\/apps\/([\w-]+)\.js$/.exec(path);
    if (app?.[1]) return { body: await bundleFixtureApp(app[1]), type: types['.js'] ?? '' };
    const vendor = /^\/vendor\/((?:@[\w-]+\/)?[\w.-]+)\/(.+)$/.exec(path);
    const file = vendor?.[1]
      ? vendorPackages.includes(vendor[1])
        ? join('node_modules', vendor[1], vendor[2] ?? '')
        : ''
      : join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file) throw new Error('not served');
    return { body: await readFile(file), type: types[extname(file)] ?? 'application/octet-stream' };
  }

  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
