/**
 * Serves the built site (dist/) the way a production static host does:
 * directory URLs resolve to their index.html (a folder asked without its
 * slash is redirected to it); unknown paths get the German
 * 404 page with status 404; text is sent compressed (brotli or gzip); hashed
 * files may be cached for good, everything else is revalidated; and every
 * answer carries the security headers docs/operators.md lists for other hosts.
 * Files, sizes, ETags and the CSP are read from disk at each request
 * (scripts/site-files.ts), so a rebuild while the server runs is served at
 * once and whole.
 *
 *   node scripts/serve.ts            (npm start builds first, then runs this)
 *   PORT=8080 node scripts/serve.ts
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import compression from 'compression';
import { restoreInterruptedSwap } from './site-folders.ts';
import { siteFile, sendFile } from './site-files.ts';
import { cacheControl, contentTypeFor, SECURITY_HEADERS, securityHeaders } from './site-headers.ts';

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

function setHeaders(response: ServerResponse, pathname: string, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('Cache-Control', cacheControl(pathname));
  // Pagefind's files, feeds and the sitemap: types a MIME table gets wrong or lacks (scripts/site-headers.ts).
  const type = contentTypeFor(pathname);
  if (type) response.setHeader('Content-Type', type);
}

/** The 404 page, read now (a rebuild may have changed it); if it is gone meanwhile, a short text. */
function sendNotFound(response: ServerResponse, file: string): void {
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    body = Buffer.from('Seite nicht gefunden.');
  }
  response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(body);
}

/**
 * The address with a slash for a folder asked without one ("/themen"), as
 * static hosts redirect it: one address per page, as the canonical links say.
 */
function folderAddress(dir: string, url: string): string | undefined {
  // Split by hand: new URL("//themen", base) would read "themen" as a host.
  const queryAt = url.indexOf('?');
  const [pathname, search] = queryAt < 0 ? [url, ''] : [url.slice(0, queryAt), url.slice(queryAt)];
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return undefined;
  let inside: string;
  try {
    inside = relative(dir, join(dir, decodeURIComponent(pathname)));
  } catch {
    return undefined; // not a path of the site ("%E0%A4"): the server answers it with the 404 page
  }
  // Only a folder of the site, and always an address on it ("/.//themen" must not become "//themen/", another host).
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !existsSync(join(dir, inside, 'index.html')))
    return undefined;
  return `/${inside.split(sep).map(encodeURIComponent).join('/')}/${search}`;
}

/** How long a request waits for a site being swapped in before the server says 503: the swap is two renames. */
const SWAP_WAIT_MS = 2000;

/**
 * The security headers of the site as it is now: the CSP is read from the
 * built home page again whenever that file changed (a rebuild), never kept
 * from the start.
 */
function currentHeaders(dir: string): () => Record<string, string> {
  let seen = { key: '', headers: SECURITY_HEADERS };
  return () => {
    const home = statSync(join(dir, 'index.html'), { throwIfNoEntry: false });
    const key = home ? `${home.ino}:${home.mtimeMs}:${home.size}` : '';
    if (key !== seen.key && home) {
      try {
        seen = { key, headers: securityHeaders(dir) };
      } catch {
        // Swapped out between the stat and the read: the next request reads the new one.
      }
    }
    return seen.headers;
  };
}

export async function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const dir = resolve(root);
  const notFoundPage = join(dir, '404.html');
  if (!existsSync(join(dir, 'index.html')) || !existsSync(notFoundPage)) {
    throw new Error(`${dir} holds no built site: run "npm run build" first`);
  }
  const headersNow = currentHeaders(dir);
  const compress = compression({ threshold: 1024 });
  const notFound = (response: ServerResponse, headers: Record<string, string>) => {
    const page = siteFile(dir, '/404.html');
    setHeaders(response, '/404.html', headers);
    if (!page) {
      // Between the two renames of a rebuild there is no site for a moment: say so, briefly.
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
      response.end('Die Seite wird gerade neu gebaut. Bitte gleich noch einmal versuchen.');
      return;
    }
    response.statusCode = 404;
    sendNotFound(response, page.file);
  };
  // Between the two renames of a rebuild there is no dist/ for a moment: a request then waits for the new one, briefly.
  const siteInPlace = async () => {
    for (let waited = 0; waited < SWAP_WAIT_MS && !existsSync(join(dir, 'index.html')); waited += 10) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
    }
  };
  const lookUp = async (url: string) => {
    const found = siteFile(dir, url);
    if (found || existsSync(join(dir, 'index.html'))) return found;
    // Not found because the site was being swapped: look again in the new one.
    await siteInPlace();
    return siteFile(dir, url);
  };
  const server = createServer((request, response) => {
    // An answer that goes wrong ends that answer, never the server (an async handler's error would be an unhandled rejection).
    answer(request, response).catch(() => {
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end();
      } else response.destroy();
    });
  });
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    await siteInPlace();
    const headers = headersNow();
    const folder = folderAddress(dir, request.url ?? '/');
    if (folder) {
      setHeaders(response, folder, headers);
      response.writeHead(301, { Location: folder });
      response.end();
      return;
    }
    const found = request.method === 'GET' || request.method === 'HEAD' ? await lookUp(request.url ?? '/') : undefined;
    compress(request as never, response as never, () => {
      if (!found) {
        notFound(response, headers);
        return;
      }
      setHeaders(response, new URL(request.url ?? '/', 'http://x').pathname, headers);
      // Swapped out between the lookup and the read: once more in the site that is there now.
      sendFile(
        request,
        response,
        found,
        () =>
          void lookUp(request.url ?? '/').then((again) =>
            again ? sendFile(request, response, again, () => notFound(response, headers)) : notFound(response, headers),
          ),
      );
    });
  };
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.main) {
  // A build stopped while it swapped the site in left no dist/: the last complete site goes back first.
  const restored = restoreInterruptedSwap();
  if (restored)
    console.warn(`note: an earlier build was stopped while it swapped the site in: ${restored} is dist/ again`);
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4321) });
  console.log(`Das Archiv läuft auf ${url} (beenden mit Strg+C)`);
}
