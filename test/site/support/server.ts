/**
 * A static file server on 127.0.0.1 (a free port) that serves a site directory under a sub-path,
 * as a county portal would: `http://127.0.0.1:PORT/portal/jyjh/…`. Anything outside the
 * sub-path is 404, so a link written from the root fails here as it would there.
 *
 * HTML is sent without a charset, so a page must declare its own (as when opened from disk).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { pageUrlPath } from './pages.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface SiteServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/portal/jyjh/` */
  baseUrl: string;
  /** The URL a page of the site (a path relative to the site directory) is read at. */
  urlOf(pagePath: string): string;
  close(): Promise<void>;
}

function fileAt(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = join(root, decoded);
  const inside = relative(root, file);
  if (inside.startsWith(`..${sep}`) || inside === '..') return undefined;
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  if (stat.isFile()) return { file };
  if (!stat.isDirectory()) return undefined;
  if (urlPath !== '' && !urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
  try {
    if (statSync(join(file, 'index.html')).isFile()) return { file: join(file, 'index.html') };
  } catch {
    // No index: a directory is not listed.
  }
  return undefined;
}

export async function startSiteServer(root: string, base: string): Promise<SiteServer> {
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, text: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      response.end(request.method === 'HEAD' ? undefined : text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'method not allowed', { allow: 'GET, HEAD' });
      return;
    }
    if (url.pathname === base.slice(0, -1)) {
      send(301, 'moved', { location: base });
      return;
    }
    if (!url.pathname.startsWith(base)) {
      send(404, `not found: ${url.pathname} is outside ${base}`);
      return;
    }
    const found = fileAt(root, url.pathname.slice(base.length));
    if (found === undefined) {
      send(404, `not found: ${url.pathname}`);
      return;
    }
    if ('redirect' in found) {
      send(301, 'moved', { location: `${base}${found.redirect}${url.search}` });
      return;
    }
    const type = contentTypes[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, {
      'content-type': type,
      'content-length': String(statSync(found.file).size),
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  };

  const server = createServer(handle);
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const baseUrl = `${origin}${base}`;
  return {
    origin,
    baseUrl,
    urlOf: (pagePath) => `${baseUrl}${pageUrlPath(pagePath)}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
